export { startProjector, type Projector, type ProjectorOptions } from './projector';
export { applyEvent, type ApplyOutcome, type Projection } from './projection';
export { getProjectionCheckpoint } from './checkpoint';
