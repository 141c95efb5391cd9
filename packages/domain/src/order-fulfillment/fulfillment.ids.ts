import { createHash } from 'node:crypto';

// A fixed namespace for the saga's ids (itself a random UUID, chosen once).
const namespace = Buffer.from('6f1c2a4e9b7d4c1f8e3a5b6c7d8e9f01', 'hex');

/**
 * A name-based UUID (RFC 9562 version 5: SHA-1 of namespace + name). The same order and step give
 * the same id on every run and every worker, so a redelivered event or a restarted worker names
 * the same command, payment call or timeout and cannot send it twice.
 */
export function nameBasedId(name: string): string {
  const hash = createHash('sha1').update(namespace).update(name).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id of one step of one order's saga, e.g. `reserve/<productId>` or `authorize`. */
export const sagaStepId = (orderId: string, step: string): string =>
  nameBasedId(`order-fulfillment/${orderId}/${step}`);
