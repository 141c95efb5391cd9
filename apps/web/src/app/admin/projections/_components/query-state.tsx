import type { ReactNode } from 'react';

interface QueryView<Data> {
  readonly data: Data | undefined;
  readonly error: { readonly message: string } | null;
  refetch(): unknown;
}

/**
 * A polled query's body: its data once there is some (a later failed poll keeps showing it), an
 * error with a way to try again before that, and a loading line meanwhile.
 */
export function QueryState<Data>({
  query,
  what,
  children,
}: {
  query: QueryView<Data>;
  /** What is loaded, as in "Loading dead letters…". */
  what: string;
  children: (data: Data) => ReactNode;
}) {
  if (query.data !== undefined) return children(query.data);
  if (query.error) {
    return (
      <div role="alert" className="card form-error">
        <p>
          Could not load the {what}. {query.error.message}
        </p>
        <button type="button" className="button" onClick={() => void query.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <p className="muted" role="status">
      Loading {what}…
    </p>
  );
}
