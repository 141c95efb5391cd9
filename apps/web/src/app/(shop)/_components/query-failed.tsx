'use client';

/** A read that could not be answered: what failed, why if the server said, and a way to ask again. */
export function QueryFailed({
  what,
  message,
  retry,
}: {
  what: string;
  message: string;
  retry: () => void;
}) {
  return (
    <div role="alert" className="card form-error">
      <p>
        {what} could not be loaded. {message}
      </p>
      <button type="button" className="button" onClick={retry}>
        Try again
      </button>
    </div>
  );
}
