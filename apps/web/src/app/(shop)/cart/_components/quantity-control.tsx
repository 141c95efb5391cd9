'use client';

import { maxQuantityPerLine, quantityInputSchema } from '@shop/domain/storefront';
import { useId, useState, type KeyboardEvent } from 'react';
import styles from './cart.module.css';

interface QuantityControlProps {
  readonly name: string;
  readonly quantity: number;
  readonly onChange: (quantity: number) => void;
}

/**
 * − / number / +, each labelled with the product's name. A typed quantity is sent on Enter or
 * when the field loses focus, once the domain's schema accepts it; otherwise the field says why.
 */
export function QuantityControl({ name, quantity, onChange }: QuantityControlProps) {
  const id = useId();
  // What the shopper is typing; null while not editing, when the field shows the cart's quantity.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const commit = () => {
    if (draft === null) return;
    const checked = quantityInputSchema.safeParse(draft);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? 'Quantity must be a whole number');
      return;
    }
    setError(null);
    setDraft(null);
    if (checked.data !== quantity) onChange(checked.data);
  };
  const step = (next: number) => {
    setDraft(null);
    setError(null);
    onChange(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    }
  };

  const errorId = `${id}-error`;
  return (
    <div className={styles.quantityArea}>
      <div className={styles.quantity} role="group" aria-label={`Change the quantity of ${name}`}>
        <button
          type="button"
          aria-label={`One fewer ${name}`}
          disabled={quantity <= 1}
          onClick={() => step(quantity - 1)}
        >
          −
        </button>
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={maxQuantityPerLine}
          aria-label={`Quantity of ${name}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          value={draft ?? String(quantity)}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          aria-label={`One more ${name}`}
          disabled={quantity >= maxQuantityPerLine}
          onClick={() => step(quantity + 1)}
        >
          +
        </button>
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
