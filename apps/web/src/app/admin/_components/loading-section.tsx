import { Suspense, type ReactNode } from 'react';

/** A part of an admin page that reads before it is sent, with a loading message meanwhile. */
export function LoadingSection({ message, children }: { message: string; children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p className="muted" role="status">
          {message}
        </p>
      }
    >
      {children}
    </Suspense>
  );
}
