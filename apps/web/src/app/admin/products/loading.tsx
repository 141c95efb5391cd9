import styles from '../_components/admin.module.css';

/** The list's frame while the first page loads. */
export default function ProductsLoading() {
  return (
    <>
      <div className={styles.pageHead}>
        <h1>Products</h1>
      </div>
      <p className="muted" role="status">
        Loading products…
      </p>
    </>
  );
}
