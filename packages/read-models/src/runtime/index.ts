// The projection runtime: the worker side (startProjectionRuntime) and the read side.
export {
  startProjectionRuntime,
  type ProjectionRuntime,
  type ProjectionRuntimeOptions,
} from './runtime';
export { defaultSettings, type RuntimeSettings } from './settings';
export { defaultRetryPolicy, doubling, type RetryPolicy } from './retry';
export * from './read-side';
