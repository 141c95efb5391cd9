// What queries, admin pages and tests use of the runtime: checkpoints (read-your-writes),
// generations, health, dead letters and rebuild requests; the read models' handlers, which retries
// re-run; and the order saga's failed actions. Nothing here talks to NATS.
export type {
  ExternalProjection,
  PostgresProjection,
  Projection,
  ProjectionTarget,
} from './projection';
export { allPartitions, categoryOf, partitionCount, partitionOf } from './partitions';
export {
  getProjectionCheckpoint,
  hasReached,
  partitionCheckpointSchema,
  projectionCheckpoints,
  type PartitionCheckpointView,
} from './checkpoint';
export { activeGeneration, withActiveGeneration, type GenerationView } from './active-generation';
export { allProjectionHealth, projectionHealth } from './health';
export { lagHorizons, type LagHorizon } from './lag';
export {
  readProjectionBacklog,
  type BacklogOptions,
  type PartitionBacklog,
  type ProjectionBacklog,
} from './projection-backlog';
export {
  partitionHealthSchema,
  projectionHealthSchema,
  projectionStatuses,
  type HealthOptions,
  type PartitionHealth,
  type ProjectionHealth,
  type ProjectionStatus,
} from './health-schema';
export {
  deadLetterIdSchema,
  deadLetterPageSchema,
  deadLetterSchema,
  listDeadLetters,
  listDeadLettersInputSchema,
  type DeadLetter,
  type DeadLetterPage,
  type ListDeadLettersInput,
} from './dead-letters';
export {
  discardDeadLetter,
  retryDeadLetter,
  retryOutcomeSchema,
  type DeadLetterDeps,
  type DeadLetterRefusal,
  type RetryOutcome,
} from './dead-letter-retry';
export {
  retryAllOutcomeSchema,
  retryDeadLetters,
  type RetryAllOutcome,
} from './dead-letter-retry-all';
export {
  rebuildProgress,
  rebuildProgressSchema,
  requestRebuild,
  type RebuildProgress,
  type RebuildRefusal,
} from './rebuild-requests';
export { postgresReadModels } from '../postgres-read-models';
export {
  failedSagaActionSchema,
  listFailedSagaActions,
  listFailedSagaActionsInputSchema,
  retrySagaAction,
  sagaActionIdSchema,
  type FailedSagaAction,
  type ListFailedSagaActionsInput,
  type SagaActionRefusal,
} from '../saga-actions/failed-actions';
