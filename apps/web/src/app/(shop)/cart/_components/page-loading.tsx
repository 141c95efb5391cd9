/** A page's loading state: a live message, in a box the page's content will take over. */
export function PageLoading({ title, message }: { title: string; message: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p role="status" className="card muted" aria-live="polite">
        {message}
      </p>
    </>
  );
}
