import type { Logger } from 'pino';
import type { WorkerEnv } from '../env';
import type { Running } from '../running';
import { readSagaEnv } from './env';
import { startSaga } from './start-saga';

/** The worker's `saga` role: the order saga on the worker's database, with the demo provider. */
export const startOrderSaga = (env: WorkerEnv, logger: Logger): Promise<Running> =>
  startSaga({ databaseUrl: env.DATABASE_URL, env: readSagaEnv(), logger });

// The saga's failed actions are read and retried on the read side, where the admin console reaches them.
export {
  listFailedSagaActions,
  retrySagaAction,
  type FailedSagaAction,
} from '@shop/read-models/read-side';
