/** What other packages' tests need to put a read model in a known state through its projection. */
export { applyEvents, recordCheckpoint } from './test-support/apply-events';
export { productAddedEvent, productIdOf } from './test-support/product-events';
/** A database, a stream, the relay and the projection runtime, for tests that need them running. */
export { createRuntimeHarness, type RuntimeHarness } from './test-support/runtime-harness';
