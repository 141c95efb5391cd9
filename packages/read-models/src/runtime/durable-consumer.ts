import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  type ConsumerConfig,
  type ConsumerInfo,
  type ConsumerUpdateConfig,
  type JetStreamManager,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';

export interface DurableConsumerOptions {
  streamName: string;
  consumerName: string;
  filterSubject: string;
  maxDeliver: number;
  ackWaitMs: number;
}

/** Creates the projection's durable pull consumer, or brings an existing one to this config. */
export async function ensureDurableConsumer(
  jsm: JetStreamManager,
  { streamName, consumerName, filterSubject, maxDeliver, ackWaitMs }: DurableConsumerOptions,
): Promise<void> {
  const updatable = {
    ack_wait: nanos(ackWaitMs),
    max_deliver: maxDeliver,
    // One unacknowledged message at a time: the next event of a stream is not delivered until the
    // previous one is applied (or given up), so per-stream order holds even across redeliveries.
    // Throughput comes later from partitioning subjects by stream id, one consumer per partition.
    max_ack_pending: 1,
  } satisfies ConsumerUpdateConfig;
  const fixed = {
    durable_name: consumerName,
    ack_policy: AckPolicy.Explicit,
    // A single subject filter: nats-server 2.9 refuses `filter_subjects`.
    filter_subject: filterSubject,
    deliver_policy: DeliverPolicy.All,
  } satisfies Partial<ConsumerConfig>;

  const existing = await findConsumer(jsm, streamName, consumerName);
  if (!existing) {
    await jsm.consumers.add(streamName, { ...fixed, ...updatable });
    return;
  }
  // The server cannot change these on a live consumer; reading the wrong subjects, or without
  // acknowledgements, would be worse than refusing to start.
  const { filter_subject, ack_policy } = existing.config;
  if (filter_subject !== fixed.filter_subject || ack_policy !== fixed.ack_policy) {
    throw new Error(
      `Consumer ${consumerName} on ${streamName} filters ${filter_subject ?? '(nothing)'} with ack ` +
        `${ack_policy}, not ${fixed.filter_subject} with ack ${fixed.ack_policy}: delete it ` +
        `(the projection then replays the stream and skips what its checkpoint has seen).`,
    );
  }
  await jsm.consumers.update(streamName, consumerName, updatable);
}

async function findConsumer(
  jsm: JetStreamManager,
  stream: string,
  consumer: string,
): Promise<ConsumerInfo | null> {
  try {
    return await jsm.consumers.info(stream, consumer);
  } catch (error) {
    if (error instanceof JetStreamApiError && error.code === JetStreamApiCodes.ConsumerNotFound) {
      return null;
    }
    throw error;
  }
}
