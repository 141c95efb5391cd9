/** A live loading message, in a box the page's content will take over. */
export function LoadingStatus({ message }: { message: string }) {
  return (
    <p role="status" className="card muted" aria-live="polite">
      {message}
    </p>
  );
}

/** A page's loading state: its title and a loading message. */
export function PageLoading({ title, message }: { title: string; message: string }) {
  return (
    <>
      <h1>{title}</h1>
      <LoadingStatus message={message} />
    </>
  );
}
