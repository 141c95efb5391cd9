import { randomBytes } from 'node:crypto';
import {
  jetstream,
  jetstreamManager,
  type JetStreamClient,
  type JetStreamManager,
  type PubAck,
} from '@nats-io/jetstream';
import { connect, headers, nanos, type NatsConnection } from '@nats-io/transport-node';
import { toWire, type RecordedEvent } from '@shop/domain';

export interface TestStream {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  streamName: string;
  subjectPrefix: string;
  /** Publishes like the relay does; `msgID` defaults to the event id, `body` to its wire form. */
  publish(event: RecordedEvent, options?: { msgID?: string; body?: string }): Promise<PubAck>;
  /** Deletes the stream and closes the connection. */
  close(): Promise<void>;
}

const natsUrl = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

/** A stream of its own (unique name and subjects) on the real JetStream, for one test file. */
export async function createTestStream(): Promise<TestStream> {
  const suffix = `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const streamName = `SHOP_TEST_${suffix}`;
  const subjectPrefix = `test_${suffix}.events`;
  const nc = await connect({ servers: natsUrl });
  const jsm = await jetstreamManager(nc);
  await jsm.streams.add({
    name: streamName,
    subjects: [`${subjectPrefix}.>`],
    duplicate_window: nanos(60_000),
  });
  const js = jetstream(nc);
  return {
    nc,
    js,
    jsm,
    streamName,
    subjectPrefix,
    publish(event, { msgID = event.eventId, body = toWire(event) } = {}) {
      const category = event.streamId.split('-', 1)[0] ?? '';
      const messageHeaders = headers();
      messageHeaders.set('Shop-Correlation-Id', event.metadata.correlationId);
      return js.publish(`${subjectPrefix}.${category}.${event.streamId}`, body, {
        msgID,
        headers: messageHeaders,
      });
    },
    async close() {
      await jsm.streams.delete(streamName).catch(() => undefined);
      await nc.close();
    },
  };
}
