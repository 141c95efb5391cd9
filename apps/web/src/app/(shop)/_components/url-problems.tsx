import styles from './shop.module.css';

/** What in the address could not be used, said plainly. */
export function UrlProblems({ messages, note }: { messages: readonly string[]; note: string }) {
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="card form-error" data-testid="url-problems">
      <p>{note}</p>
      <ul className={styles.problems}>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
