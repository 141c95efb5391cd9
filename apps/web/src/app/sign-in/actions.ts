'use server';

import { findCustomerByEmail } from '@shop/domain';
import { redirect } from 'next/navigation';
import type { Route } from 'next';
import { z } from 'zod';
import { isAdminCredentials } from '~/server/auth/admin-credentials';
import { endSession, startSession } from '~/server/auth/session';
import { logger } from '~/server/logger';
import { services } from '~/server/services';
import {
  adminSignInSchema,
  shopperSignInSchema,
  textFields,
  type SignInFormState,
} from './sign-in.schemas';

const invalid = (email: string, error: z.ZodError): SignInFormState => ({
  email,
  message: 'Please correct the highlighted fields.',
  fieldErrors: z.flattenError(error).fieldErrors,
});

/** Demo sign-in: a registered customer's email is enough (there are no passwords for shoppers). */
export async function signInShopperAction(
  _previous: SignInFormState,
  formData: FormData,
): Promise<SignInFormState> {
  const fields = textFields(formData, ['email', 'next']);
  const parsed = shopperSignInSchema.safeParse(fields);
  if (!parsed.success) return invalid(fields.email ?? '', parsed.error);
  const customer = await findCustomerByEmail(services().commands, parsed.data.email);
  if (!customer) {
    return {
      email: parsed.data.email,
      message: 'No customer has this email. Try one of the demo accounts listed below.',
      fieldErrors: {},
    };
  }
  await startSession({ role: 'shopper', ...customer });
  logger.info({ customerId: customer.customerId }, 'shopper signed in');
  redirect(parsed.data.next as Route);
}

export async function signInAdminAction(
  _previous: SignInFormState,
  formData: FormData,
): Promise<SignInFormState> {
  const fields = textFields(formData, ['email', 'password', 'next']);
  const parsed = adminSignInSchema.safeParse(fields);
  if (!parsed.success) return invalid(fields.email ?? '', parsed.error);
  const { email, password, next } = parsed.data;
  if (!isAdminCredentials(email, password)) {
    logger.warn({ email }, 'admin sign-in refused');
    return { email, message: 'That email and password do not match an admin.', fieldErrors: {} };
  }
  await startSession({ role: 'admin', email });
  logger.info({ email }, 'admin signed in');
  redirect(next as Route);
}

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect('/');
}
