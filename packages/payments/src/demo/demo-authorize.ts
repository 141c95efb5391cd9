import type pg from 'pg';
import type { AuthorizeRequest, AuthorizeResult } from '../port';
import { decideAuthorization, recordedAuthorization } from './demo-answers';
import {
  findRow,
  insertRow,
  lockAuthorization,
  paymentIdFor,
  settledAbout,
  updateRow,
  type Outcome,
} from './demo-ledger';
import { demoBehaviourOf } from './test-cards';

/** The call is left unanswered: the caller's own timeout must end it. */
export const noAnswer = Symbol('no answer');

/**
 * An authorization on the demo books, in the caller's transaction: answered from the books when
 * the key is known, refused when the key was voided, otherwise decided by the test card. Every
 * attempt is counted on the key's row, so "fails twice" holds across restarts.
 */
export async function authorizeOnBooks(
  client: pg.PoolClient,
  { idempotencyKey: key, orderId, amount, cardToken }: AuthorizeRequest,
): Promise<AuthorizeResult | typeof noAnswer> {
  await lockAuthorization(client, key);
  const row = await findRow(client, key);
  const recorded = row && recordedAuthorization(row);
  if (recorded) return recorded;
  const voided = (await settledAbout(client, key, 'void')).length > 0;
  const decision = voided
    ? { outcome: 'declined' as const, reason: 'The authorization was voided' }
    : decideAuthorization(demoBehaviourOf(cardToken), (row?.attempts ?? 0) + 1);
  const paymentId = decision.outcome === 'authorized' ? paymentIdFor(key) : null;
  const reason = 'reason' in decision ? decision.reason : null;
  const outcome: Outcome =
    decision.outcome === 'authorized' || decision.outcome === 'declined'
      ? decision.outcome
      : 'pending';
  if (row) await updateRow(client, key, { outcome, paymentId, reason, attempt: true });
  else {
    const authorizationKey = key;
    const operation = 'authorize';
    await insertRow(client, {
      key,
      operation,
      orderId,
      authorizationKey,
      paymentId,
      amount,
      outcome,
      reason,
    });
  }
  switch (decision.outcome) {
    case 'hang':
      return noAnswer;
    case 'authorized':
      return { outcome: 'authorized', paymentId: paymentIdFor(key) };
    default:
      return decision;
  }
}
