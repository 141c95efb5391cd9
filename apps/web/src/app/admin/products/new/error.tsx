'use client';

/**
 * Reached when the action cannot run at all, most often because the request was refused before it
 * (Next.js turns away server-action bodies over 1 MB). Production hides the cause from the browser;
 * the server log has it under the digest.
 */
export default function AddProductError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : null;
  return (
    <div role="alert" className="card form-error" data-testid="form-message">
      <p>
        The form could not be sent, and nothing was saved. If a field holds a lot of text, shorten
        it and try again.
      </p>
      {digest && <p className="hint">Reference: {digest}</p>}
      <button type="button" className="button" onClick={() => retry()}>
        Back to the form
      </button>
    </div>
  );
}
