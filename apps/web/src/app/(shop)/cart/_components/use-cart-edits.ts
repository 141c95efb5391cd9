'use client';

import { useRef, useState } from 'react';
import {
  awaitedWriteOf,
  useAwaitedWrite,
  type AwaitedWrite,
  type AwaitedWriteStatus,
} from '~/app/_consistency';
import type { CommandActionResult } from '~/server/command-action';
import { useTRPC } from '~/trpc/react';
import { changeQuantityAction, removeLineAction } from '../actions';
import { settledUpTo, withoutEdit, type LineEdits } from '../cart-lines';

export interface CartEdits {
  /** The changes the cart read model does not show yet, to lay over its lines. */
  readonly edits: LineEdits;
  /** Of the last change sent: pending until the cart read model has it, then fresh. */
  readonly status: AwaitedWriteStatus;
  /** Why the last change was refused; it was taken back. */
  readonly refusal: string | null;
  setQuantity(productId: string, quantity: number): void;
  remove(productId: string): void;
}

/**
 * Optimistic cart changes: each shows at once, is sent to its server action, and stays laid over
 * the read model's lines until the read model has applied it; a refused change is taken back and
 * its reason shown. Server actions run one at a time, so later changes reach the cart later.
 */
export function useCartEdits(cartId: string): CartEdits {
  const trpc = useTRPC();
  const [edits, setEdits] = useState<LineEdits>(new Map());
  const [awaited, setAwaited] = useState<{ write: AwaitedWrite; seq: number } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const lastSeq = useRef(0);
  const { status } = useAwaitedWrite(awaited?.write ?? null, {
    projection: 'cart',
    invalidate: [trpc.cart.mine.queryKey()],
  });
  // Once the read model has the awaited change (and every earlier one), they need no overlay.
  const visible = status === 'fresh' && awaited ? settledUpTo(edits, awaited.seq) : edits;

  const send = (productId: string, quantity: number | null) => {
    const seq = (lastSeq.current += 1);
    setRefusal(null);
    setEdits(new Map(visible).set(productId, { seq, quantity }));
    const sent: Promise<CommandActionResult> =
      quantity === null
        ? removeLineAction({ cartId, productId })
        : changeQuantityAction({ cartId, productId, quantity });
    void sent
      .catch((): CommandActionResult => ({
        ok: false,
        message: 'Your cart could not be reached just now. Please try again.',
        fieldErrors: {},
      }))
      .then((result) => {
        const write = awaitedWriteOf(result);
        if (write) {
          setAwaited((current) => (current && current.seq > seq ? current : { write, seq }));
          return;
        }
        // Refused, or it changed nothing (the cart already held it): the overlay goes.
        setEdits((current) => withoutEdit(current, productId, seq));
        if (!result.ok) setRefusal(result.message);
      });
  };

  return {
    edits: visible,
    status,
    refusal,
    setQuantity: (productId, quantity) => send(productId, quantity),
    remove: (productId) => send(productId, null),
  };
}
