import { z } from 'zod';
import type { StoredSnapshot } from '../event-store/port';
import { err, ok, type Result } from '../shared/result';

/**
 * When and how an aggregate's state is snapshotted. The state is stored as JSON, so `schema` both
 * reads the JSON form (`parse`) and writes it (`encode`): a plain zod schema for JSON-shaped state,
 * zod codecs (snapshots/json-codecs.ts) for Maps, Sets, bigints and Dates.
 */
export interface SnapshotPolicy<State> {
  /** A snapshot is taken once this many events were appended after the one the state came from. */
  readonly every: number;
  /** Bump on any change to the state's shape: snapshots of another version are ignored and rebuilt. */
  readonly schemaVersion: number;
  readonly schema: z.ZodType<State>;
}

/** The state's JSON form, proven to read back: a schema that cannot encode is caught here. */
export function encodeSnapshotState<State>(
  policy: SnapshotPolicy<State>,
  state: State,
): Result<unknown, string> {
  try {
    const json: unknown = JSON.parse(JSON.stringify(policy.schema.encode(state)));
    const readBack = policy.schema.safeParse(json);
    if (!readBack.success) {
      return err(`state does not read back from JSON: ${z.prettifyError(readBack.error)}`);
    }
    return ok(json);
  } catch (error) {
    return err(`state cannot be encoded as JSON: ${String(error)}`);
  }
}

/** The snapshot's state, or why it cannot be used (the caller then replays the whole stream). */
export function decodeSnapshotState<State>(
  policy: SnapshotPolicy<State>,
  snapshot: StoredSnapshot,
): Result<State, string> {
  if (snapshot.schemaVersion !== policy.schemaVersion) {
    return err(`snapshot schema v${snapshot.schemaVersion}, current is v${policy.schemaVersion}`);
  }
  const parsed = policy.schema.safeParse(snapshot.state);
  return parsed.success
    ? ok(parsed.data)
    : err(`snapshot state is invalid: ${z.prettifyError(parsed.error)}`);
}

/** Whether the state at `version`, loaded from a snapshot at `snapshotVersion`, is worth saving. */
export const snapshotDue = (
  policy: Pick<SnapshotPolicy<unknown>, 'every'>,
  snapshotVersion: number,
  version: number,
): boolean => version - snapshotVersion >= policy.every;
