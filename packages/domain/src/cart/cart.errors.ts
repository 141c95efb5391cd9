import { domainError, type DomainError } from '../shared/domain-error';
import { maxLinesPerCart, maxQuantityPerLine } from './cart.fields';

export type CartError = DomainError<
  | 'CartAlreadyCheckedOut'
  | 'CartEmpty'
  | 'CartCurrencyMismatch'
  | 'CartFull'
  | 'CartQuantityTooLarge'
  | 'CartItemNotFound'
>;

export const cartAlreadyCheckedOut = (orderId: string): CartError =>
  domainError(
    'CartAlreadyCheckedOut',
    `This cart was already checked out as order ${orderId}; it can no longer change.`,
  );

export const cartEmpty = (): CartError =>
  domainError('CartEmpty', 'Your cart is empty: add something before checking out.');

export const cartCurrencyMismatch = (cartCurrency: string, itemCurrency: string): CartError =>
  domainError(
    'CartCurrencyMismatch',
    `Your cart is priced in ${cartCurrency}; an item priced in ${itemCurrency} cannot join it.`,
  );

export const cartFull = (): CartError =>
  domainError(
    'CartFull',
    `A cart holds at most ${maxLinesPerCart} different products. Check out or remove some first.`,
  );

export const cartQuantityTooLarge = (name: string, inCart: number): CartError =>
  domainError(
    'CartQuantityTooLarge',
    `You can buy at most ${maxQuantityPerLine} of ${name}; your cart already holds ${inCart}.`,
  );

export const cartItemNotFound = (productId: string): CartError =>
  domainError('CartItemNotFound', `Product ${productId} is not in your cart.`);
