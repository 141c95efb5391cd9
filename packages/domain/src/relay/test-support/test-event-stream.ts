import { randomBytes } from 'node:crypto';
import {
  jetstream,
  jetstreamManager,
  type JetStreamClient,
  type JetStreamManager,
  type StoredMsg,
} from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { ensureEventStream } from '../event-stream';

const natsUrl = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

export interface TestEventStream {
  readonly nc: NatsConnection;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly streamName: string;
  readonly subjectPrefix: string;
  /** Every message in the stream, in stream order. */
  messages(): Promise<StoredMsg[]>;
  /** Deletes the stream and closes the connection. */
  close(): Promise<void>;
}

/** A JetStream stream with a unique name and subject prefix, so test files never share messages. */
export async function createTestEventStream(): Promise<TestEventStream> {
  const suffix = `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const streamName = `SHOP_TEST_${suffix}`;
  const subjectPrefix = `test_${suffix}.events`;
  const nc = await connect({ servers: natsUrl });
  const jsm = await jetstreamManager(nc);
  await ensureEventStream(jsm, { streamName, subjectPrefix });
  return {
    nc,
    js: jetstream(nc),
    jsm,
    streamName,
    subjectPrefix,
    async messages() {
      const { state } = await jsm.streams.info(streamName);
      const messages: StoredMsg[] = [];
      for (let seq = state.first_seq; seq <= state.last_seq && state.messages > 0; seq++) {
        const message = await jsm.streams.getMessage(streamName, { seq });
        if (message) messages.push(message);
      }
      return messages;
    },
    async close() {
      try {
        await jsm.streams.delete(streamName);
      } finally {
        await nc.close();
      }
    },
  };
}
