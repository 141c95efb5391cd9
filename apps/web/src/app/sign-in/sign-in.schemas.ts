import { emailSchema } from '@shop/domain';
import { z } from 'zod';

// Resolved against a base no request can name: whatever the value, only its path, query and
// fragment are kept, and only if it stays on that base (so `//host`, `/\\host`, `https://host`
// and a tab hidden in `/\t/host`, which browsers strip, are all refused).
const sameSiteBase = 'http://same-site.invalid';

function sameSitePath(value: string): string | null {
  if (!value.startsWith('/')) return null;
  let url: URL;
  try {
    url = new URL(value, sameSiteBase);
  } catch {
    return null;
  }
  return url.origin === sameSiteBase ? `${url.pathname}${url.search}${url.hash}` : null;
}

/**
 * Where to go after signing in: a path on this site only, so a link cannot send anyone away;
 * anything else (missing, too long, another site) means `fallback`.
 */
export const returnToSchema = (fallback: '/' | '/admin') =>
  z
    .string()
    .max(500)
    .transform((value, context) => {
      const path = sameSitePath(value);
      if (path === null) {
        context.addIssue({ code: 'custom', message: 'Not a path on this site' });
        return z.NEVER;
      }
      return path;
    })
    .catch(fallback);

export const shopperSignInSchema = z.object({ email: emailSchema, next: returnToSchema('/') });

export const adminSignInSchema = z.object({
  email: z.string().trim().min(1, 'Email is required').max(254),
  password: z.string().min(1, 'Password is required').max(200),
  next: returnToSchema('/admin'),
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
