export { react } from './fulfillment.react';
export { defaultSagaPolicy, type Reaction, type SagaPolicy } from './fulfillment.reaction';
export * from './fulfillment.state';
export * from './fulfillment.actions';
export * from './fulfillment.inputs';
export { sagaStepId } from './fulfillment.ids';
export { authorizeStep, paymentTimeoutStep } from './fulfillment.steps';
export { isSagaEventType, sagaInputOf } from './fulfillment.events';
