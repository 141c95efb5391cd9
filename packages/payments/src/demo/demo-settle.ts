import type pg from 'pg';
import type {
  CaptureRequest,
  CaptureResult,
  RefundRequest,
  RefundResult,
  VoidRequest,
  VoidResult,
} from '../port';
import { recordedCapture, recordedRefund, recordedVoid } from './demo-answers';
import {
  findAuthorization,
  findRow,
  insertRow,
  lockAuthorization,
  settledAbout,
  updateRow,
  type NewRow,
} from './demo-ledger';

/*
 * Capture, void and refund on the demo books, each in the caller's transaction and answered from
 * the books when its key is known. Each checks what was done before under the same authorization,
 * whatever the key: nothing is captured twice, a voided authorization is never captured, and no
 * more is refunded than was captured.
 */

const sum = (rows: readonly { amount_minor: number | null }[]): number =>
  rows.reduce((total, row) => total + (row.amount_minor ?? 0), 0);

async function refused(client: pg.PoolClient, row: NewRow, reason: string) {
  await insertRow(client, { ...row, outcome: 'rejected', reason });
  return { outcome: 'rejected' as const, reason };
}

export async function captureOnBooks(
  client: pg.PoolClient,
  { idempotencyKey: key, orderId, paymentId, amount }: CaptureRequest,
): Promise<CaptureResult> {
  const authorization = await findAuthorization(client, { paymentId });
  const known = await findRow(client, key);
  if (known) return recordedCapture(known);
  const authorizationKey = authorization?.idempotency_key ?? paymentId;
  const row: NewRow = {
    key,
    operation: 'capture',
    orderId,
    authorizationKey,
    paymentId,
    amount,
    outcome: 'captured',
  };
  if (authorization?.outcome !== 'authorized') {
    return refused(client, row, `No authorized payment ${paymentId}`);
  }
  if ((await settledAbout(client, authorizationKey, 'void')).length > 0) {
    return refused(client, row, 'The authorization was voided');
  }
  if ((await settledAbout(client, authorizationKey, 'capture')).length > 0) {
    return refused(client, row, 'Already captured');
  }
  if (amount.amountMinor > (authorization.amount_minor ?? 0)) {
    return refused(client, row, 'More than was authorized');
  }
  await insertRow(client, row);
  return { outcome: 'captured', paymentId };
}

/** Also stops an authorization still unanswered: it is declined if it is ever asked again. */
export async function voidOnBooks(
  client: pg.PoolClient,
  { idempotencyKey: key, orderId, authorizationKey }: VoidRequest,
): Promise<VoidResult> {
  await lockAuthorization(client, authorizationKey);
  const known = await findRow(client, key);
  if (known) return recordedVoid(known);
  const authorization = await findAuthorization(client, { key: authorizationKey });
  const paymentId = authorization?.outcome === 'authorized' ? authorization.payment_id : null;
  const row: NewRow = {
    key,
    operation: 'void',
    orderId,
    authorizationKey,
    paymentId,
    outcome: 'voided',
  };
  if (authorization && (await settledAbout(client, authorizationKey, 'capture')).length > 0) {
    return refused(client, row, 'Already captured: refund it instead');
  }
  if (authorization?.outcome === 'pending') {
    const reason = 'Voided before it was answered';
    await updateRow(client, authorizationKey, { outcome: 'declined', reason });
  }
  await insertRow(client, row);
  return { outcome: 'voided', paymentId };
}

export async function refundOnBooks(
  client: pg.PoolClient,
  { idempotencyKey: key, orderId, paymentId, amount }: RefundRequest,
): Promise<RefundResult> {
  const authorization = await findAuthorization(client, { paymentId });
  const known = await findRow(client, key);
  if (known) return recordedRefund(known);
  const authorizationKey = authorization?.idempotency_key ?? paymentId;
  const row: NewRow = {
    key,
    operation: 'refund',
    orderId,
    authorizationKey,
    paymentId,
    amount,
    outcome: 'refunded',
  };
  const captured = authorization ? await settledAbout(client, authorizationKey, 'capture') : [];
  if (captured.length === 0) return refused(client, row, 'Nothing was captured');
  const refunded = await settledAbout(client, authorizationKey, 'refund');
  if (amount.amountMinor > sum(captured) - sum(refunded)) {
    return refused(client, row, 'More than is left to refund');
  }
  await insertRow(client, row);
  return { outcome: 'refunded', paymentId };
}
