import {
  addProductFields,
  type AddProductField,
  type AddProductFormState,
  type AddProductValues,
} from './form-state';

/**
 * The submitted fields as text. An absent field reads as empty, so a request missing a field gets
 * the same "is required" message as an empty input; a file where text belongs is reported by name.
 */
export function readAddProductValues(formData: FormData): {
  values: AddProductValues;
  notText: AddProductField[];
} {
  const notText: AddProductField[] = [];
  const read = (field: AddProductField): string => {
    const value = formData.get(field);
    if (value === null || typeof value === 'string') return value ?? '';
    notText.push(field);
    return '';
  };
  const values: AddProductValues = {
    name: read('name'),
    description: read('description'),
    price: read('price'),
    currency: read('currency'),
  };
  return { values, notText };
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
