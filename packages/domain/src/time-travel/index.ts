export { loadStateAt, pointInTimeSchema, type PointInTime, type StateAt } from './load-state-at';
export type { DecodedEvent } from '../application/decode-events';
