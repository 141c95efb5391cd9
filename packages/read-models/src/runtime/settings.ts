import type { RetryPolicy } from './retry';
import { defaultRetryPolicy } from './retry';

/** How the runtime runs; every field has a default fit for production. */
export interface RuntimeSettings {
  /** Messages per batch: one transaction, one checkpoint write, then one ack each. */
  readonly batchSize: number;
  readonly retry: RetryPolicy;
  /** JetStream's ack wait; in-hand messages are marked in progress well before it runs out. */
  readonly ackWaitMs: number;
  /** How long a worker waits for messages before doing its idle chores. */
  readonly idleWaitMs: number;
  /** How often an idle partition may move its checkpoint up to the stream's tail. */
  readonly catchUpEveryMs: number;
  /** How often ownership is reviewed and heartbeats written. */
  readonly heartbeatMs: number;
  /** How often a worker looks for rebuild requests. */
  readonly rebuildPollMs: number;
}

export const defaultSettings: RuntimeSettings = {
  batchSize: 500,
  retry: defaultRetryPolicy,
  ackWaitMs: 30_000,
  idleWaitMs: 250,
  catchUpEveryMs: 1_000,
  heartbeatMs: 1_000,
  rebuildPollMs: 1_000,
};
