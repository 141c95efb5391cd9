import { createTRPCRouter } from '../../init';
import { deadLettersProcedure } from './dead-letters';
import { discardDeadLetterProcedure } from './discard-dead-letter';
import { failedSagaActionsProcedure } from './failed-saga-actions';
import { healthProcedure } from './health';
import { rebuildProgressProcedure } from './rebuild-progress';
import { requestRebuildProcedure } from './request-rebuild';
import { retryDeadLetterProcedure } from './retry-dead-letter';
import { retryDeadLettersProcedure } from './retry-dead-letters';
import { retrySagaActionProcedure } from './retry-saga-action';

/** The projections console: admins only, every procedure. */
export const projectionsRouter = createTRPCRouter({
  health: healthProcedure,
  deadLetters: deadLettersProcedure,
  retryDeadLetter: retryDeadLetterProcedure,
  retryDeadLetters: retryDeadLettersProcedure,
  discardDeadLetter: discardDeadLetterProcedure,
  requestRebuild: requestRebuildProcedure,
  rebuildProgress: rebuildProgressProcedure,
  failedSagaActions: failedSagaActionsProcedure,
  retrySagaAction: retrySagaActionProcedure,
});
