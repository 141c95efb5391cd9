import styles from './_components/console.module.css';

/** The console's frame at its final size, so nothing jumps when the data arrives. */
export default function ProjectionsLoading() {
  return (
    <>
      <h1>Projections</h1>
      <p className="muted" role="status">
        Loading projections…
      </p>
      <ul className={styles.cards} aria-hidden="true">
        {[0, 1, 2].map((index) => (
          <li key={index} className={`card ${styles.card} ${styles.placeholder}`} />
        ))}
      </ul>
    </>
  );
}
