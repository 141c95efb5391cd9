export * from './port';
export * from './payment-methods';
export { DemoPaymentGateway, type DemoPaymentGatewayOptions } from './demo/demo-payment-gateway';
export { demoPaymentCounts, type DemoPaymentCounts } from './demo/demo-counts';
export {
  demoBehaviourOf,
  demoCardNumberSchema,
  demoProvider,
  demoTestCards,
  type DemoCardBehaviour,
} from './demo/test-cards';
