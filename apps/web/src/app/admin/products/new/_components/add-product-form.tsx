'use client';

import { useActionState } from 'react';
import { addProductAction } from '../actions';
import { currencies, initialAddProductFormState } from '../form-state';
import { FormField } from '~/app/_components/form-field';

export function AddProductForm() {
  const [state, formAction, isPending] = useActionState(
    addProductAction,
    initialAddProductFormState,
  );
  const { values } = state;
  const fieldErrors = state.status === 'invalid' ? state.fieldErrors : {};
  const formErrors = state.status === 'invalid' ? state.formErrors : [];

  // The server validates with the domain's schema, so the browser's own checks stay off (noValidate):
  // one set of rules, one set of messages.
  return (
    <form action={formAction} className="form" noValidate>
      {state.status !== 'editing' && (
        <div role="alert" className="card form-error" data-testid="form-message">
          <p>{state.message}</p>
          {formErrors.length > 0 && (
            <ul>
              {formErrors.map((message, index) => (
                <li key={index}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <FormField name="name" label="Name" errors={fieldErrors.name}>
        {(control) => (
          <input {...control} type="text" autoComplete="off" defaultValue={values.name} />
        )}
      </FormField>
      <FormField
        name="description"
        label="Description"
        hint="Optional."
        errors={fieldErrors.description}
      >
        {(control) => <textarea {...control} defaultValue={values.description} />}
      </FormField>
      <div className="field-row">
        <FormField name="price" label="Price" hint="For example 12.50" errors={fieldErrors.price}>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              defaultValue={values.price}
            />
          )}
        </FormField>
        <FormField name="currency" label="Currency" errors={fieldErrors.currency}>
          {(control) => (
            // React applies a select's defaultValue only when it mounts, and React resets the form after
            // each action: keying by the submitted currency remounts it so the reset keeps that choice.
            <select {...control} key={values.currency} defaultValue={values.currency}>
              {currencies.map((currency) => (
                <option key={currency} value={currency}>
                  {currency}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Adding…' : 'Add product'}
      </button>
    </form>
  );
}
