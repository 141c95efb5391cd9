'use client';

/** The page itself could not be rendered (the server was unreachable, say); the cause is logged there. */
export default function ProjectionsError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <div role="alert" className="card form-error">
      <p>The projections console could not be loaded. Please try again.</p>
      <button type="button" className="button" onClick={() => retry()}>
        Try again
      </button>
    </div>
  );
}
