import { emailSchema } from '@shop/domain';
import { z } from 'zod';

/** Where to go after signing in: a path on this site only, so the link cannot send anyone away. */
export const returnToSchema = z
  .string()
  .regex(/^\/(?![/\\])/)
  .max(500)
  .catch('/');

export const shopperSignInSchema = z.object({ email: emailSchema, next: returnToSchema });

export const adminSignInSchema = z.object({
  email: z.string().trim().min(1, 'Email is required').max(254),
  password: z.string().min(1, 'Password is required').max(200),
  next: returnToSchema,
});

export interface SignInFormState {
  readonly email: string;
  readonly message: string | null;
  readonly fieldErrors: Readonly<Partial<Record<'email' | 'password', readonly string[]>>>;
}

export const initialSignInState: SignInFormState = { email: '', message: null, fieldErrors: {} };

/** The submitted fields as text; a file where text belongs reads as empty and fails validation. */
export function textFields(formData: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    names.map((name) => {
      const value = formData.get(name);
      return [name, typeof value === 'string' ? value : ''];
    }),
  );
}
