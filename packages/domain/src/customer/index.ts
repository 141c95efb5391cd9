export { customerAggregate, customerStreamCategory, customerStreamId } from './customer.aggregate';
export {
  emailReservationAggregate,
  emailReservationStreamCategory,
  emailReservationStreamId,
} from './email-reservation.aggregate';
export { registerCustomer, type RegisterCustomerFailure } from './register-customer';
export { findCustomerByEmail, type CustomerIdentity } from './find-customer-by-email';
export { changeCustomerName, type ChangeCustomerNameFailure } from './change-customer-name';
export * from './customer.commands';
export * from './email-reservation.commands';
export { emailSchema, normalizeEmail } from './customer.fields';
export {
  customerEventCodec,
  customerRegistered,
  customerRenamed,
  type CustomerEvent,
  type CustomerRegistered,
  type CustomerRenamed,
} from './customer.events';
export {
  emailReleased,
  emailReservationEventCodec,
  emailReserved,
  type EmailReleased,
  type EmailReservationEvent,
  type EmailReserved,
} from './email-reservation.events';
export type { CustomerState } from './customer.state';
export type { EmailReservationState } from './email-reservation.decider';
export type { CustomerError, EmailReservationError } from './customer.errors';
