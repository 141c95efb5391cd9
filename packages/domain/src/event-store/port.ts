import type { EventMetadata, RecordedEvent } from '../shared/envelope';
import type { LogPosition } from '../shared/log-position';
import type { Result } from '../shared/result';

/**
 * What the writer expects the stream to be at: an exact version (the number of events in it),
 * `no_stream` (it must not exist yet) or `any` (no check).
 */
export type ExpectedVersion = number | 'no_stream' | 'any';

export interface NewEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

export interface AppendResult {
  /** The stream's version after the append: the expected version for the next writer. */
  readonly nextExpectedVersion: number;
  /** Where the last appended event sits in the log: the command's consistency token. */
  readonly lastPosition: LogPosition;
  readonly events: readonly RecordedEvent[];
}

export interface ConcurrencyConflict {
  readonly kind: 'ConcurrencyConflict';
  readonly streamId: string;
  readonly expectedVersion: ExpectedVersion;
  readonly message: string;
}

export const concurrencyConflict = (
  streamId: string,
  expectedVersion: ExpectedVersion,
): ConcurrencyConflict => ({
  kind: 'ConcurrencyConflict',
  streamId,
  expectedVersion,
  message: `Stream ${streamId} changed while the command ran (expected version ${expectedVersion}).`,
});

/**
 * A refused append that brings what the writer missed: the stream's events from the version it
 * expected on (that version's own event first, when above 0), read by the statement that refused it.
 */
export interface StreamMoved {
  readonly kind: 'StreamMoved';
  readonly streamId: string;
  readonly expectedVersion: number;
  readonly since: readonly RecordedEvent[];
}

/** A slice of one stream, by stream version (both ends inclusive) and by when events were recorded. */
export interface ReadStreamOptions {
  /** First stream version to return (default 1). */
  readonly fromVersion?: number;
  /** Last stream version to return (default: the end of the stream). */
  readonly toVersion?: number;
  /** Only events recorded at or before this instant: the stream as it was then. */
  readonly recordedAtOrBefore?: Date;
}

/** The write side's port: streams read and appended with optimistic concurrency. */
export interface EventStore {
  /** The stream's events in stream-version order; `[]` for a stream never written. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<readonly RecordedEvent[]>;
  /** Appends all events or none, in one round trip; a stale expected version is a typed conflict. */
  appendToStream(
    streamId: string,
    expectedVersion: ExpectedVersion,
    events: readonly NewEvent[],
  ): Promise<Result<AppendResult, ConcurrencyConflict>>;
  /**
   * appendToStream at an exact version (0: the stream must not exist yet) that answers a stale
   * version with what was missed instead of a bare conflict, so that a writer who decided on a
   * remembered state catches up without reading the stream again. A writer racing for the same
   * version still ends in a ConcurrencyConflict. Optional: without it callers use readStream.
   */
  appendOrReadSince?(
    streamId: string,
    expectedVersion: number,
    events: readonly NewEvent[],
  ): Promise<Result<AppendResult, StreamMoved | ConcurrencyConflict>>;
}

/** The relay's port: the whole log in commit order, never past a transaction still in flight. */
export interface LogReader {
  readAfter(position: LogPosition, limit: number): Promise<readonly RecordedEvent[]>;
}

/** An aggregate's state as of a stream version, in its JSON form (see snapshots/snapshot-policy.ts). */
export interface StoredSnapshot {
  readonly streamId: string;
  readonly streamVersion: number;
  /** The version of the state's JSON shape; a snapshot of another version is ignored. */
  readonly schemaVersion: number;
  readonly state: unknown;
  readonly takenAt: Date;
}

/**
 * Snapshots are a cache in front of the event store, never a source of truth: losing one costs
 * a longer replay, nothing else.
 */
export interface SnapshotStore {
  load(streamId: string): Promise<StoredSnapshot | null>;
  /** Keeps the newest: a snapshot older than the stored one (of the same schema) is not written. */
  save(snapshot: Omit<StoredSnapshot, 'takenAt'>): Promise<void>;
}
