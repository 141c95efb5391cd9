import { domainError, type DomainError } from '../shared/domain-error';

export type CustomerError = DomainError<'CustomerAlreadyRegistered' | 'CustomerNotFound'>;

export const customerAlreadyRegistered = (customerId: string): CustomerError =>
  domainError(
    'CustomerAlreadyRegistered',
    `Customer ${customerId} is already registered with other details.`,
  );

export const customerNotFound = (customerId: string): CustomerError =>
  domainError('CustomerNotFound', `There is no customer ${customerId}.`);

export type EmailReservationError = DomainError<'EmailAlreadyTaken'>;

export const emailAlreadyTaken = (email: string): EmailReservationError =>
  domainError('EmailAlreadyTaken', `An account with the email ${email} already exists.`);
