'use client';

/**
 * An admin page whose server rendering failed. Production hides the cause from the browser; the
 * server log has it under the digest.
 */
export function RouteError({
  what,
  error,
  retry,
}: {
  what: string;
  error: unknown;
  retry: () => void;
}) {
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : null;
  return (
    <div role="alert" className="card form-error">
      <p>{what} could not be shown just now. Nothing was changed.</p>
      {digest && <p className="hint">Reference: {digest}</p>}
      <button type="button" className="button" onClick={() => retry()}>
        Try again
      </button>
    </div>
  );
}
