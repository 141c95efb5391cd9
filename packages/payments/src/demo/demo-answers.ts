import type { AuthorizeResult, CaptureResult, RefundResult, VoidResult } from '../port';
import type { DemoCardBehaviour } from './test-cards';
import type { LedgerRow } from './demo-ledger';

/** What the demo provider does with an authorization, by card and by attempt under the key. */
export type AuthorizeDecision =
  | { readonly outcome: 'authorized' }
  | { readonly outcome: 'declined'; readonly reason: string }
  | { readonly outcome: 'transient'; readonly reason: string }
  | { readonly outcome: 'hang' };

export function decideAuthorization(
  behaviour: DemoCardBehaviour | null,
  attempt: number,
): AuthorizeDecision {
  switch (behaviour) {
    case null:
      return { outcome: 'declined', reason: 'Unknown card' };
    case 'approves':
      return { outcome: 'authorized' };
    case 'declines':
      return { outcome: 'declined', reason: 'Your card was declined' };
    case 'never-answers':
      return { outcome: 'hang' };
    case 'fails-twice':
      return attempt <= 2
        ? { outcome: 'transient', reason: `Provider busy (attempt ${attempt})` }
        : { outcome: 'authorized' };
  }
}

const reasonOf = (row: LedgerRow): string => row.reason ?? 'Refused';
const paymentOf = (row: LedgerRow): string => row.payment_id ?? '';

/** A repeated key gets the first call's answer; null while the first call is still unanswered. */
export function recordedAuthorization(row: LedgerRow): AuthorizeResult | null {
  if (row.outcome === 'authorized') return { outcome: 'authorized', paymentId: paymentOf(row) };
  if (row.outcome === 'declined') return { outcome: 'declined', reason: reasonOf(row) };
  return null;
}

export const recordedCapture = (row: LedgerRow): CaptureResult =>
  row.outcome === 'captured'
    ? { outcome: 'captured', paymentId: paymentOf(row) }
    : { outcome: 'rejected', reason: reasonOf(row) };

export const recordedVoid = (row: LedgerRow): VoidResult =>
  row.outcome === 'voided'
    ? { outcome: 'voided', paymentId: row.payment_id }
    : { outcome: 'rejected', reason: reasonOf(row) };

export const recordedRefund = (row: LedgerRow): RefundResult =>
  row.outcome === 'refunded'
    ? { outcome: 'refunded', paymentId: paymentOf(row) }
    : { outcome: 'rejected', reason: reasonOf(row) };
