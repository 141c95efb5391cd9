export type Notice = { readonly tone: 'success' | 'error'; readonly text: string } | null;

/**
 * Where an action's outcome is announced: always present (screen readers hear what changes in it,
 * and its reserved line keeps the layout still); errors are alerts.
 */
export function NoticeArea({ notice, className }: { notice: Notice; className?: string }) {
  return (
    <div aria-live="polite" className={className} data-testid="notice">
      {notice?.tone === 'error' ? (
        <p role="alert" className="field-error">
          {notice.text}
        </p>
      ) : (
        notice && <p>{notice.text}</p>
      )}
    </div>
  );
}

/** A failed mutation's message: the server's words for a refusal, a generic one otherwise. */
export const errorNotice = (error: { message: string }): Notice => ({
  tone: 'error',
  text: error.message,
});
