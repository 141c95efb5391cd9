import {
  JetStreamApiError,
  StorageType,
  type JetStreamManager,
  type StreamInfo,
} from '@nats-io/jetstream';

export interface EventStreamOptions {
  readonly streamName: string;
  readonly subjectPrefix: string;
  /** How long JetStream remembers a Nats-Msg-Id: the relay's exactly-once window after a crash. */
  readonly duplicateWindowMs?: number;
}

const streamNameInUse = 10058;
const nanosPerMilli = 1_000_000;

/**
 * Creates the JetStream stream the relay publishes to, or brings an existing one to this
 * configuration. Safe to call from every process at start-up, even concurrently.
 */
export async function ensureEventStream(
  jsm: JetStreamManager,
  { streamName, subjectPrefix, duplicateWindowMs = 2 * 60_000 }: EventStreamOptions,
): Promise<StreamInfo> {
  const updatable = {
    subjects: [`${subjectPrefix}.>`],
    duplicate_window: duplicateWindowMs * nanosPerMilli,
  };
  try {
    // Creating with an identical configuration succeeds, so most starts need one request.
    return await jsm.streams.add({ name: streamName, storage: StorageType.File, ...updatable });
  } catch (error) {
    if (!(error instanceof JetStreamApiError) || error.code !== streamNameInUse) throw error;
    // JetStream cannot change a stream's storage in place; the rest it updates.
    return jsm.streams.update(streamName, updatable);
  }
}
