import type { JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import type { Logger } from 'pino';
import type { ReadModelsPrisma } from '../prisma';
import type { RuntimeSettings } from './settings';
import type { StreamTail } from './stream-tail';

/** What every worker of a runtime shares. */
export interface WorkerContext {
  readonly prisma: ReadModelsPrisma;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly streamName: string;
  readonly subjectPrefix: string;
  readonly logger: Logger;
  readonly settings: RuntimeSettings;
  readonly streamTail: StreamTail;
  /** Names this worker process in checkpoints, heartbeats and rebuilds. */
  readonly owner: string;
}
