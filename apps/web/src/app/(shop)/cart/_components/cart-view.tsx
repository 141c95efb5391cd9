'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { PendingNotice } from '~/app/_consistency';
import { useTRPC } from '~/trpc/react';
import { QueryFailed } from '../../_components/query-failed';
import { summarize, withEdits } from '../cart-lines';
import styles from './cart.module.css';
import hidden from './visually-hidden.module.css';
import { QuantityControl } from './quantity-control';
import { useCartEdits } from './use-cart-edits';

export function CartView() {
  const trpc = useTRPC();
  const cart = useQuery(trpc.cart.mine.queryOptions());

  if (cart.isPending) return <p className="muted">Loading your cart…</p>;
  if (cart.isError) {
    return (
      <QueryFailed
        what="Your cart"
        message={cart.error.message}
        retry={() => void cart.refetch()}
      />
    );
  }
  // Keyed by the cart: after a checkout the shopper has a new cart, and no edit of the old one.
  return (
    <OpenCart
      key={cart.data.cartId}
      cartId={cart.data.cartId}
      lines={cart.data.cart?.lines ?? []}
    />
  );
}

function OpenCart({ cartId, lines }: { cartId: string; lines: Parameters<typeof withEdits>[0] }) {
  const { edits, status, refusal, setQuantity, remove } = useCartEdits(cartId);
  const summary = summarize(withEdits(lines, edits));
  const saving = edits.size > 0;

  return (
    <section className={styles.cart} aria-label="Cart">
      {refusal ? (
        <p role="alert" className={`${styles.outcome} ${styles.refused}`} data-testid="cart-error">
          {refusal}
        </p>
      ) : (
        <PendingNotice
          status={saving ? 'pending' : status}
          pending="Saving your cart…"
          fresh="Your cart is up to date."
          className={styles.outcome}
        />
      )}
      {summary.lines.length === 0 ? (
        <div className="card empty">
          <p>Your cart is empty.</p>
          <Link href="/">Browse the products</Link>
        </div>
      ) : (
        <>
          <ul className={styles.lines} aria-label="Items in your cart">
            {summary.lines.map((line) => (
              <li key={line.productId} className={`card ${styles.line}`} data-testid="cart-line">
                <h2 className={styles.lineName}>{line.name}</h2>
                <span className={styles.unitPrice}>{line.price} each</span>
                <QuantityControl
                  name={line.name}
                  quantity={line.quantity}
                  onChange={(quantity) => setQuantity(line.productId, quantity)}
                />
                <span className={styles.lineTotal} data-testid="line-total">
                  {line.lineTotal}
                </span>
                <button
                  type="button"
                  className={`link-button ${styles.remove}`}
                  onClick={() => remove(line.productId)}
                >
                  Remove<span className={hidden.visuallyHidden}> {line.name}</span>
                </button>
              </li>
            ))}
          </ul>
          <div className={`card ${styles.summary}`}>
            <dl>
              <dt>Items</dt>
              <dd data-testid="item-count">{summary.itemCount}</dd>
              <dt>Total</dt>
              <dd className={styles.total} data-testid="cart-total">
                {summary.total}
              </dd>
            </dl>
            {saving ? (
              <button type="button" className={`button ${styles.checkout}`} disabled>
                Saving…
              </button>
            ) : (
              <Link href="/checkout" className={`button ${styles.checkout}`}>
                Check out
              </Link>
            )}
          </div>
        </>
      )}
    </section>
  );
}
