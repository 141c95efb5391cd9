import type { Prisma } from '../generated/prisma/client';

/** Fewer hex digits than this match too many orders to be a useful id search. */
const minIdDigits = 4;

/**
 * The order ids that start with what was typed, as a range of UUIDs: admins quote ids by their
 * first digits ("3f9a0c12"), and a range uses the table's key where a text match on a UUID column
 * could not. Null when the text cannot be the start of an id.
 */
export function orderIdRange(text: string): { gte: string; lte: string } | null {
  const digits = text.trim().toLowerCase().replace(/-/g, '');
  if (digits.length < minIdDigits || digits.length > 32 || !/^[0-9a-f]+$/.test(digits)) {
    return null;
  }
  const asUuid = (hex: string) =>
    `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { gte: asUuid(digits.padEnd(32, '0')), lte: asUuid(digits.padEnd(32, 'f')) };
}

/**
 * One search box for both ways an admin finds an order: the start of its id, or part of the
 * customer's email. Text that could be either (`"beef"`) matches both.
 */
export function orderSearchWhere(search: string): Prisma.AdminOrderWhereInput {
  const byEmail: Prisma.AdminOrderWhereInput = {
    customerEmail: { contains: search, mode: 'insensitive' },
  };
  const range = orderIdRange(search);
  return range ? { OR: [{ orderId: range }, byEmail] } : byEmail;
}
