'use client';

/** A query that could not be answered: what failed, and a way to ask again. */
export function QueryFailed({ what, retry }: { what: string; retry: () => void }) {
  return (
    <div role="alert" className="card form-error">
      <p>{what} could not be loaded just now.</p>
      <button type="button" className="button" onClick={retry}>
        Try again
      </button>
    </div>
  );
}
