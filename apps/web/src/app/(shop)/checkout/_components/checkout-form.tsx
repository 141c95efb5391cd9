'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useActionState, useState, type FormEvent } from 'react';
import { FormField } from '~/app/_components/form-field';
import { useTRPC } from '~/trpc/react';
import { summarize } from '../../cart/cart-lines';
import { LineItems } from '../../cart/_components/line-items';
import { QueryFailed } from '../../_components/query-failed';
import { checkOutAction } from '../actions';
import { checkCheckout, checkoutValuesOf, type CheckoutFieldErrors } from '../checkout.schemas';
import { initialCheckoutFormState } from '../form-state';
import styles from './checkout.module.css';

/**
 * The shipping address and the demo card, checked in the browser with the same schema the server
 * action uses (so a mistake is shown at once) and then on the server. `orderId` was chosen when
 * the page was rendered: sending the form again retries the same order.
 */
export function CheckoutForm({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const cart = useQuery(trpc.cart.mine.queryOptions());
  const [state, formAction, placing] = useActionState(checkOutAction, initialCheckoutFormState);
  const [checked, setChecked] = useState<{
    fieldErrors: CheckoutFieldErrors;
    formErrors: readonly string[];
  } | null>(null);

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
  const lines = cart.data.cart?.status === 'Open' ? cart.data.cart.lines : [];
  if (lines.length === 0) {
    return (
      <div className="card empty">
        <p>Your cart is empty, so there is nothing to check out.</p>
        <Link href="/">Browse the products</Link>
      </div>
    );
  }

  const check = (form: HTMLFormElement) => {
    const result = checkCheckout(checkoutValuesOf(new FormData(form)));
    setChecked(result.ok ? null : result);
    return result.ok;
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!check(event.currentTarget)) event.preventDefault();
  };
  // Once a submission was refused here, each correction clears its message as it is typed.
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    if (checked) check(event.currentTarget);
  };
  const { fieldErrors, formErrors } = checked ?? state;
  const message = checked ? 'Please correct the highlighted fields.' : state.message;
  const values = state.values;
  const summary = summarize(lines);

  return (
    <div className={styles.layout}>
      <form action={formAction} onSubmit={onSubmit} onChange={onChange} className="form" noValidate>
        {message && (
          <div role="alert" className="card form-error" data-testid="form-message">
            <p>{message}</p>
            {formErrors.length > 0 && (
              <ul>
                {formErrors.map((error) => (
                  <li key={error}>{error}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <input type="hidden" name="cartId" value={cart.data.cartId} />
        <input type="hidden" name="orderId" value={orderId} />
        <fieldset className={styles.fieldset}>
          <legend>Shipping address</legend>
          <FormField name="recipient" label="Full name" errors={fieldErrors.recipient}>
            {(control) => (
              <input {...control} autoComplete="name" defaultValue={values?.recipient} />
            )}
          </FormField>
          <FormField name="line1" label="Street address" errors={fieldErrors.line1}>
            {(control) => (
              <input {...control} autoComplete="address-line1" defaultValue={values?.line1} />
            )}
          </FormField>
          <FormField
            name="line2"
            label="Address line 2"
            hint="Optional."
            errors={fieldErrors.line2}
          >
            {(control) => (
              <input {...control} autoComplete="address-line2" defaultValue={values?.line2} />
            )}
          </FormField>
          <div className={styles.pair}>
            <FormField name="postalCode" label="Postal code" errors={fieldErrors.postalCode}>
              {(control) => (
                <input {...control} autoComplete="postal-code" defaultValue={values?.postalCode} />
              )}
            </FormField>
            <FormField name="city" label="City" errors={fieldErrors.city}>
              {(control) => (
                <input {...control} autoComplete="address-level2" defaultValue={values?.city} />
              )}
            </FormField>
          </div>
          <FormField
            name="country"
            label="Country"
            hint="Two letters, for example GB or DE."
            errors={fieldErrors.country}
          >
            {(control) => (
              <input
                {...control}
                autoComplete="country"
                maxLength={2}
                defaultValue={values?.country}
              />
            )}
          </FormField>
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend>Payment</legend>
          <FormField
            name="cardNumber"
            label="Card number"
            hint="A demo shop: use a test card below."
            errors={fieldErrors.cardNumber}
          >
            {(control) => <input {...control} inputMode="numeric" autoComplete="cc-number" />}
          </FormField>
          <ul className={styles.testCards} aria-label="Test cards">
            <li>4242 4242 4242 4242 — approved</li>
            <li>4000 0000 0000 0002 — declined</li>
            <li>4000 0000 0000 9995 — fails twice, then approved</li>
            <li>4000 0000 0000 0119 — never answers</li>
          </ul>
        </fieldset>
        <button type="submit" className="button" disabled={placing}>
          {placing ? 'Placing your order…' : `Place order · ${summary.total}`}
        </button>
      </form>
      <aside className={`card ${styles.summary}`} aria-labelledby="order-summary">
        <h2 id="order-summary">Your order</h2>
        <LineItems lines={lines} total={summary.total} />
        <Link href="/cart">Change your cart</Link>
      </aside>
    </div>
  );
}
