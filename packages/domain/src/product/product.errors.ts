import { domainError, type DomainError } from '../shared/domain-error';
import type { Money } from '../shared/money';

export type ProductError = DomainError<
  'ProductAlreadyAdded' | 'ProductNotFound' | 'ProductDiscontinued' | 'PriceCurrencyMismatch'
>;

export const productAlreadyAdded = (productId: string): ProductError =>
  domainError('ProductAlreadyAdded', `Product ${productId} is already in the catalog.`);

export const productNotFound = (productId: string): ProductError =>
  domainError('ProductNotFound', `There is no product ${productId} in the catalog.`);

export const productDiscontinued = (name: string): ProductError =>
  domainError('ProductDiscontinued', `${name} is discontinued and can no longer be changed.`);

export const priceCurrencyMismatch = (name: string, listed: Money, asked: Money): ProductError =>
  domainError(
    'PriceCurrencyMismatch',
    `${name} is priced in ${listed.currency}; a new price must be in ${listed.currency} too, ` +
      `not ${asked.currency}.`,
  );
