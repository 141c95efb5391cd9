import { readTextFields } from '../../_lib/text-fields';
import {
  addProductFields,
  type AddProductField,
  type AddProductFormState,
  type AddProductValues,
} from './form-state';

/** The submitted fields as text (see readTextFields). */
export function readAddProductValues(formData: FormData): {
  values: AddProductValues;
  notText: AddProductField[];
} {
  return readTextFields(formData, addProductFields);
}

const isField = (key: string): key is AddProductField =>
  (addProductFields as readonly string[]).includes(key);

/** Sorts validation messages onto the fields they belong to; the rest are about the whole form. */
export function invalidFormState(
  values: AddProductValues,
  message: string,
  messagesByPath: Readonly<Record<string, readonly string[]>>,
): AddProductFormState {
  const fieldErrors: Partial<Record<AddProductField, readonly string[]>> = {};
  const formErrors: string[] = [];
  for (const [path, messages] of Object.entries(messagesByPath)) {
    if (isField(path)) fieldErrors[path] = messages;
    else formErrors.push(...messages);
  }
  return { status: 'invalid', values, message, fieldErrors, formErrors };
}
