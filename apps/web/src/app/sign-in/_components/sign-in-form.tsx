'use client';

import { useActionState } from 'react';
import { FormField } from '~/app/_components/form-field';
import { initialSignInState, type SignInFormState } from '../sign-in.schemas';

interface SignInFormProps {
  readonly action: (previous: SignInFormState, formData: FormData) => Promise<SignInFormState>;
  readonly returnTo: string;
  readonly withPassword: boolean;
}

export function SignInForm({ action, returnTo, withPassword }: SignInFormProps) {
  const [state, formAction, isPending] = useActionState(action, initialSignInState);
  return (
    <form action={formAction} className="form" noValidate>
      {state.message && (
        <div role="alert" className="card form-error" data-testid="form-message">
          <p>{state.message}</p>
        </div>
      )}
      <input type="hidden" name="next" value={returnTo} />
      <FormField name="email" label="Email" errors={state.fieldErrors.email}>
        {(control) => (
          <input {...control} type="email" autoComplete="email" defaultValue={state.email} />
        )}
      </FormField>
      {withPassword && (
        <FormField name="password" label="Password" errors={state.fieldErrors.password}>
          {(control) => <input {...control} type="password" autoComplete="current-password" />}
        </FormField>
      )}
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
