import type { AddProductInput } from '@shop/domain';

/** The form's fields are the command input's fields. */
export const addProductFields = [
  'name',
  'description',
  'price',
  'currency',
] as const satisfies readonly (keyof AddProductInput)[];

export type AddProductField = (typeof addProductFields)[number];

/** What the admin typed, sent back so that a rejected form keeps it. */
export type AddProductValues = Readonly<Record<AddProductField, string>>;

export type FieldErrors = Readonly<Partial<Record<AddProductField, readonly string[]>>>;

/** What the server action answers; success is not a state, because it redirects. */
export type AddProductFormState =
  | { readonly status: 'editing'; readonly values: AddProductValues }
  | {
      readonly status: 'invalid';
      readonly values: AddProductValues;
      readonly message: string;
      readonly fieldErrors: FieldErrors;
      /** Problems that belong to no single field. */
      readonly formErrors: readonly string[];
    }
  | { readonly status: 'failed'; readonly values: AddProductValues; readonly message: string };

export const initialAddProductFormState: AddProductFormState = {
  status: 'editing',
  values: { name: '', description: '', price: '', currency: 'EUR' },
};

export const currencies = ['EUR', 'USD', 'GBP', 'CHF'] as const;
