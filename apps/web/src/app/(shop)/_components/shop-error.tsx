'use client';

import { useEffect } from 'react';

/**
 * A page of the shop failed to render. Production hides the cause from the browser; the server log
 * has it under the digest.
 */
export function ShopError({
  what,
  error,
  reset,
}: {
  what: string;
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="card form-error">
      <p>{what} could not be shown just now. Please try again.</p>
      {error.digest && <p className="hint">Reference: {error.digest}</p>}
      <button type="button" className="button" onClick={() => reset()}>
        Try again
      </button>
    </div>
  );
}
