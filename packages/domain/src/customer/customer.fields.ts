import { z } from 'zod';

export const customerIdSchema = z.uuid('Customer id must be a UUID');

/**
 * The form in which emails are compared for uniqueness: `Ada@Example.com ` and `ada@example.com`
 * are one customer. (Lowercasing the local part is stricter than RFC 5321, as every shop is.)
 */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export const emailSchema = z
  .string()
  .transform(normalizeEmail)
  .pipe(
    z
      .string()
      .min(1, { error: 'Email is required', abort: true })
      .max(254, { error: 'Email must be at most 254 characters', abort: true })
      .pipe(z.email('Email must be an address such as ada@example.com')),
  );

export const customerNameSchema = z
  .string()
  .trim()
  .min(1, 'Name is required')
  .max(100, 'Name must be at most 100 characters');
