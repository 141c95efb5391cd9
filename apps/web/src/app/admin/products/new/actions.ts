'use server';

import { randomUUID } from 'node:crypto';
import { addProduct, formatLogPosition, type LogPosition } from '@shop/domain';
import type { Route } from 'next';
import { redirect } from 'next/navigation';
import { adminSession } from '~/server/auth/guards';
import { failureForForm } from '~/server/failures';
import { logger } from '~/server/logger';
import { services } from '~/server/services';
import type { AddProductFormState } from './form-state';
import { invalidFormState, readAddProductValues } from './form-values';

/**
 * Runs AddProduct from the admin form. Rejections come back as form state (the typed values kept);
 * success redirects to the storefront, which shows the product as pending until the catalog has it.
 */
export async function addProductAction(
  _previous: AddProductFormState,
  formData: FormData,
): Promise<AddProductFormState> {
  const admin = await adminSession();
  if (!admin) {
    logger.warn({ command: 'AddProduct', outcome: 'refused' }, 'command refused: not an admin');
    return { ...notAllowed, values: readAddProductValues(formData).values };
  }
  const context = {
    commandId: randomUUID(),
    correlationId: randomUUID(),
    actor: `admin:${admin.email}`,
  };
  const log = logger.child({ command: 'AddProduct', ...context });
  const { values, notText } = readAddProductValues(formData);

  if (notText.length > 0) {
    log.info({ outcome: 'malformed', fields: notText }, 'command rejected');
    const messages = Object.fromEntries(notText.map((field) => [field, ['Must be text.']]));
    return invalidFormState(values, 'The form was not sent as text fields.', messages);
  }

  let result: Awaited<ReturnType<typeof addProduct>>;
  try {
    result = await addProduct(services().commands, values, context);
  } catch (error) {
    log.error({ err: error, outcome: 'error' }, 'command failed');
    return {
      status: 'failed',
      values,
      message: 'The product could not be saved just now. Please try again.',
    };
  }

  if (!result.ok) {
    log.info({ outcome: result.error.kind }, 'command rejected');
    const failure = failureForForm(result.error);
    return failure.kind === 'fields'
      ? invalidFormState(values, failure.message, failure.fieldErrors)
      : { status: 'failed', values, message: failure.message };
  }

  const { productId, position } = result.value;
  log.info(
    { outcome: 'accepted', productId, position: position && formatLogPosition(position) },
    'command accepted',
  );
  redirect(storefrontAwaiting(position, productId, values.name));
}

const notAllowed = {
  status: 'failed',
  message: 'Only a signed-in admin can add products. Sign in as an admin and try again.',
} as const;

/** The storefront, told which write to wait for (`position` is the command's consistency token). */
function storefrontAwaiting(position: LogPosition | null, productId: string, name: string): Route {
  if (position === null) return '/';
  const query = new URLSearchParams({
    awaiting: formatLogPosition(position),
    product: productId,
    name: name.trim(),
  });
  return `/?${query.toString()}`;
}
