/**
 * Whether a failure says nothing about the event being applied: the database or the search cluster
 * is unreachable, restarting or overloaded, or a lock or serialisation conflict. Such failures are
 * retried without counting against the event, so an outage never fills the dead letters.
 */
export function isTransientError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth++) {
    if (current instanceof StaleBatch) return true;
    if (hasTransientMark(current)) return true;
    current = nextCause(current);
  }
  return false;
}

/** A batch whose generation, checkpoint or parked streams changed under it: it is simply redone. */
export class StaleBatch extends Error {
  override readonly name = 'StaleBatch';
}

// SQLSTATE classes 08 (connection), 53 (resources), 57P01-03 (shutdown, crash, starting up);
// 40001 serialisation failure, 40P01 deadlock, 55P03 lock not available.
const transientSqlState = /^(08...|53...|57P0[123]|40001|40P01|55P03)$/;
const transientNodeCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// Prisma: database unreachable, timed out, server closed the connection, no pooled connection.
const transientPrismaCodes = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
// Elasticsearch client: the cluster did not answer.
const transientNames = new Set(['ConnectionError', 'TimeoutError', 'NoLivingConnectionsError']);

function hasTransientMark(value: object): boolean {
  const code = stringField(value, 'code');
  const originalCode = stringField(value, 'originalCode');
  const name = stringField(value, 'name');
  return (
    (code !== undefined &&
      (transientSqlState.test(code) ||
        transientNodeCodes.has(code) ||
        transientPrismaCodes.has(code))) ||
    (originalCode !== undefined && transientSqlState.test(originalCode)) ||
    (name !== undefined && transientNames.has(name))
  );
}

// Prisma keeps the driver's error under meta.driverAdapterError.cause; others use `cause`.
function nextCause(value: object): unknown {
  const meta = field(value, 'meta');
  const adapterError = typeof meta === 'object' && meta ? field(meta, 'driverAdapterError') : null;
  if (typeof adapterError === 'object' && adapterError) return field(adapterError, 'cause');
  return field(value, 'cause');
}

function field(value: object, key: string): unknown {
  return (value as Record<string, unknown>)[key];
}

function stringField(value: object, key: string): string | undefined {
  const found = field(value, key);
  return typeof found === 'string' ? found : undefined;
}
