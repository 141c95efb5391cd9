import type { JetStreamClient } from '@nats-io/jetstream';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { PublishTarget } from './publish-batch';
import { assertPartitionCount, defaultPartitionCount } from './stream-partition';

export interface OutboxRelayOptions {
  readonly pool: pg.Pool;
  /** For the dedicated connection that listens for appends and holds the relay's lock. */
  readonly listenConnectionString: string;
  readonly jetstream: JetStreamClient;
  readonly subjectPrefix: string;
  /** Subjects carry `hash(streamId) mod partitions`; consumers must agree on it. Default 8. */
  readonly partitions?: number;
  /** Names the checkpoint row and the lock: one relay of a name is active, the others stand by. */
  readonly relayName?: string;
  /** Events per read and per publish batch; two batches are in flight at most. Default 500. */
  readonly batchSize?: number;
  /** A safety net: how long the relay sleeps when no NOTIFY arrives. Default 1 s. */
  readonly idlePollMs?: number;
  /** How often a standby asks for the lock. Default 1 s. */
  readonly lockPollMs?: number;
  readonly logger: Logger;
}

export interface RelaySettings {
  readonly relayName: string;
  readonly batchSize: number;
  readonly idlePollMs: number;
  readonly lockPollMs: number;
  readonly target: PublishTarget;
}

// Zero would spin: an empty batch would never be "short", a zero sleep never sleep.
function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`OutboxRelay ${name} must be a positive integer, got ${value}`);
  }
  return value;
}

/** The options with their defaults, checked once at construction. */
export function relaySettings(options: OutboxRelayOptions): RelaySettings {
  const {
    relayName = 'default',
    batchSize = 500,
    idlePollMs = 1_000,
    lockPollMs = 1_000,
  } = options;
  return {
    relayName,
    batchSize: positiveInteger('batchSize', batchSize),
    idlePollMs: positiveInteger('idlePollMs', idlePollMs),
    lockPollMs: positiveInteger('lockPollMs', lockPollMs),
    target: {
      subjectPrefix: options.subjectPrefix,
      partitionCount: assertPartitionCount(options.partitions ?? defaultPartitionCount),
    },
  };
}
