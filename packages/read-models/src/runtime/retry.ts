/**
 * How long to wait before redelivering an event whose handler failed: doubling from half a second,
 * capped at 30 s, so a brief outage (a Postgres restart) costs little and a lasting one does not
 * spin. While it waits, later events wait too (one in flight per consumer, to keep stream order).
 */
export function retryDelayMs(deliveryCount: number): number {
  return Math.min(500 * 2 ** Math.max(0, deliveryCount - 1), 30_000);
}
