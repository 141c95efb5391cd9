import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  type JetStreamManager,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { partitionSubjects } from '@shop/domain/relay';
import type { Projection } from './projection';

const subjectToken = /^[A-Za-z0-9_-]+$/;

/** Projection names become consumer names and lock keys: keep them to plain tokens. */
export function assertProjectionName(name: string): void {
  if (!subjectToken.test(name)) {
    throw new Error(`Projection name ${JSON.stringify(name)} must be letters, digits, - and _`);
  }
}

export const consumerNameOf = (projection: string, partition: number): string =>
  `projection-${projection}-p${partition}`;

/**
 * One partition's subjects. A consumer has one filter subject on nats-server 2.9, so a projection
 * of several categories reads every category of the partition and skips the others in process.
 */
export function partitionFilter(
  subjectPrefix: string,
  projection: Projection,
  partition: number,
): string {
  const [only, ...more] = projection.categories;
  if (only !== undefined && more.length === 0)
    return partitionSubjects(subjectPrefix, only, partition);
  // partitionSubjects checks the prefix's tokens; the category '*' is the one wildcard added here.
  const checked = partitionSubjects(subjectPrefix, 'any', partition);
  return checked.replace(/\.any\.(\d+)\.>$/, '.*.$1.>');
}

export interface PartitionConsumerOptions {
  readonly streamName: string;
  readonly consumerName: string;
  readonly filterSubject: string;
  /** The checkpoint's stream sequence: delivery starts right after it. */
  readonly afterSequence: number;
  readonly ackWaitMs: number;
  readonly maxAckPending: number;
}

export interface ConsumerStart {
  readonly startSequence: number;
  /** Why the start differs from the checkpoint's next sequence, if it does. */
  readonly warning: string | null;
}

/**
 * Replaces the partition's durable consumer with one that starts right after the checkpoint, so a
 * new owner never depends on what a previous one left unacknowledged, nor on redelivery order.
 * Acks are cumulative (AckPolicy.All): a worker settles its messages strictly in delivery order,
 * so acking a batch's last settled message says all of it, in one message to the server instead
 * of one per event. Redeliveries (only when a worker dies holding messages) back off and are bounded.
 */
export async function recreatePartitionConsumer(
  jsm: JetStreamManager,
  options: PartitionConsumerOptions,
): Promise<ConsumerStart> {
  const { streamName, consumerName, ackWaitMs } = options;
  const start = await startSequence(jsm, streamName, options.afterSequence + 1);
  await jsm.consumers.delete(streamName, consumerName).catch(ignoreNotFound);
  await jsm.consumers.add(streamName, {
    durable_name: consumerName,
    ack_policy: AckPolicy.All,
    filter_subject: options.filterSubject,
    deliver_policy: DeliverPolicy.StartSequence,
    opt_start_seq: start.startSequence,
    ack_wait: nanos(ackWaitMs),
    backoff: [nanos(ackWaitMs), nanos(2 * ackWaitMs), nanos(4 * ackWaitMs)],
    max_deliver: 10,
    max_ack_pending: options.maxAckPending,
  });
  return start;
}

async function startSequence(
  jsm: JetStreamManager,
  streamName: string,
  wanted: number,
): Promise<ConsumerStart> {
  const { state } = await jsm.streams.info(streamName);
  if (wanted > state.last_seq + 1) {
    // The stream is younger than the checkpoint (recreated): read it all; positions skip repeats.
    return {
      startSequence: state.first_seq,
      warning: `checkpoint sequence ${wanted - 1} is past the stream's last ${state.last_seq}: reading the stream from its start`,
    };
  }
  if (wanted < state.first_seq) {
    return {
      startSequence: state.first_seq,
      warning: `messages ${wanted} to ${state.first_seq - 1} left the stream before they were applied: rebuild the projection from the event store`,
    };
  }
  return { startSequence: wanted, warning: null };
}

function ignoreNotFound(error: unknown): void {
  if (error instanceof JetStreamApiError && error.code === JetStreamApiCodes.ConsumerNotFound)
    return;
  throw error;
}
