'use server';

import {
  addProduct,
  productStreamId,
  type CommandContext,
  type CommandHandlerDeps,
} from '@shop/domain';
import type { Route } from 'next';
import { redirect } from 'next/navigation';
import { adminSession } from '../../../../server/auth/guards';
import { runCommandAction } from '../../../../server/command-action';
import { logger } from '../../../../server/logger';
import { notTextErrors } from '../../_lib/text-fields';
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
  const { values, notText } = readAddProductValues(formData);
  const session = await adminSession();
  if (!session) {
    logger.warn({ command: 'AddProduct', outcome: 'refused' }, 'command refused: not an admin');
    return { ...notAllowed, values };
  }
  if (notText.length > 0) {
    logger.info({ command: 'AddProduct', outcome: 'malformed', fields: notText }, 'rejected');
    return invalidFormState(
      values,
      'The form was not sent as text fields.',
      notTextErrors(notText),
    );
  }

  const { result, value } = await runCommandAction({
    command: 'AddProduct',
    session,
    // The service gives the product its id, so the stream is known once it has run.
    streamId: ({ productId }) => productStreamId(productId),
    run: (deps: CommandHandlerDeps, context: CommandContext) => addProduct(deps, values, context),
  });
  if (!result.ok) {
    const { message, fieldErrors } = result;
    // A validation failure always names at least one field (or `_form`); a rule broken, none.
    return Object.keys(fieldErrors).length > 0
      ? invalidFormState(values, message, withoutEmpty(fieldErrors))
      : { status: 'failed', values, message };
  }
  redirect(storefrontAwaiting(result.position, value?.productId, values.name));
}

const notAllowed = {
  status: 'failed',
  message: 'Only a signed-in admin can add products. Sign in as an admin and try again.',
} as const;

const withoutEmpty = (fieldErrors: Readonly<Record<string, readonly string[] | undefined>>) =>
  Object.fromEntries(
    Object.entries(fieldErrors).flatMap(([field, messages]) =>
      messages ? [[field, messages]] : [],
    ),
  );

/** The storefront, told which write to wait for (`position` is the command's consistency token). */
function storefrontAwaiting(
  position: string | null,
  productId: string | undefined,
  name: string,
): Route {
  if (position === null || productId === undefined) return '/';
  const query = new URLSearchParams({ awaiting: position, product: productId, name: name.trim() });
  return `/?${query.toString()}`;
}
