'use client';

import { quantityInputSchema } from '@shop/domain/storefront';
import type { Route } from 'next';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useActionState, useId, useState, type FormEvent } from 'react';
import { awaitedWriteOf, PendingNotice, useAwaitedWrite } from '~/app/_consistency';
import type { CommandActionResult } from '~/server/command-action';
import { useTRPC } from '~/trpc/react';
import { addToCartAction } from '../actions';
import { signInToShop } from '../cart.schemas';
import styles from './cart.module.css';

/**
 * Quantity and "Add to cart" for a product page. The cart is the signed-in shopper's open cart and
 * the price the catalog's, both decided on the server. After adding, it says so while the cart
 * read model catches up, then that the product is in the cart.
 */
export function AddToCart({ productId }: { productId: string }) {
  const trpc = useTRPC();
  const pathname = usePathname();
  const id = useId();
  const [quantityError, setQuantityError] = useState<string | null>(null);
  const [result, addAction, adding] = useActionState(
    async (_previous: CommandActionResult | null, formData: FormData) =>
      addToCartAction({ productId, quantity: String(formData.get('quantity') ?? '') }),
    null,
  );
  const { status } = useAwaitedWrite(awaitedWriteOf(result), {
    projection: 'cart',
    invalidate: [trpc.cart.mine.queryKey()],
  });

  const checkQuantity = (event: FormEvent<HTMLFormElement>) => {
    const quantity = new FormData(event.currentTarget).get('quantity');
    const checked = quantityInputSchema.safeParse(quantity);
    setQuantityError(checked.success ? null : (checked.error.issues[0]?.message ?? null));
    if (!checked.success) event.preventDefault();
  };

  const errorId = `${id}-error`;
  const fieldError =
    quantityError ?? (result?.ok === false ? result.fieldErrors.quantity?.join(' ') : null);
  return (
    <form action={addAction} onSubmit={checkQuantity} className={styles.addToCart} noValidate>
      <div className={styles.addRow}>
        <div className="field">
          <label htmlFor={`${id}-quantity`}>Quantity</label>
          <input
            id={`${id}-quantity`}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={99}
            defaultValue={1}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? errorId : undefined}
          />
        </div>
        <button type="submit" className="button" disabled={adding}>
          {adding ? 'Adding…' : 'Add to cart'}
        </button>
      </div>
      {fieldError ? (
        <p id={errorId} className={`field-error ${styles.outcome}`} role="alert">
          {fieldError}
        </p>
      ) : result?.ok === false ? (
        <p
          className={`${styles.outcome} ${styles.refused}`}
          role="alert"
          data-testid="add-to-cart-error"
        >
          {result.message}{' '}
          {result.message === signInToShop && (
            <Link href={`/sign-in?next=${encodeURIComponent(pathname)}` as Route}>Sign in</Link>
          )}
        </p>
      ) : (
        <PendingNotice
          status={adding ? 'pending' : status}
          pending={adding ? 'Adding to your cart…' : 'Added — updating your cart…'}
          fresh={
            <>
              In your cart. <Link href="/cart">View cart</Link>
            </>
          }
          className={styles.outcome}
        />
      )}
    </form>
  );
}
