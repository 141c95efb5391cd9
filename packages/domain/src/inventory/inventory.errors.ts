import { domainError, type DomainError } from '../shared/domain-error';
import type { SettledReservation } from './inventory.state';

export type InventoryError = DomainError<
  | 'ReservationQuantityMismatch'
  | 'ReservationNotFound'
  | 'ReservationAlreadySettled'
  | 'CountBelowReserved'
>;

export const reservationQuantityMismatch = (
  orderId: string,
  held: number,
  asked: number,
): InventoryError =>
  domainError(
    'ReservationQuantityMismatch',
    `Order ${orderId} already holds ${held} of this product; it cannot reserve ${asked} instead. ` +
      'Release the reservation first.',
  );

export const reservationNotFound = (orderId: string): InventoryError =>
  domainError('ReservationNotFound', `Order ${orderId} holds no reservation of this product.`);

const settledWords: Record<SettledReservation, string> = {
  Rejected: 'was rejected for lack of stock',
  Released: 'was released',
  Committed: 'was committed (the stock has shipped)',
};

export const reservationAlreadySettled = (
  orderId: string,
  outcome: SettledReservation,
): InventoryError =>
  domainError(
    'ReservationAlreadySettled',
    `The reservation for order ${orderId} ${settledWords[outcome]}; it cannot change any more.`,
  );

export const countBelowReserved = (counted: number, reserved: number): InventoryError =>
  domainError(
    'CountBelowReserved',
    `Counted ${counted}, but ${reserved} are reserved for orders. Release or cancel ` +
      'reservations first, so that no order is promised stock that is not there.',
  );
