/** What other packages' tests need to put a read model in a known state through its projection. */
export { applyEvents, recordCheckpoint } from './test-support/apply-events';
export { productAddedEvent, productIdOf } from './test-support/product-events';
