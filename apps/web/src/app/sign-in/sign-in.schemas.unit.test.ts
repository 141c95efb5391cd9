import { describe, expect, it } from 'vitest';
import { returnToSchema, shopperSignInSchema, textFields } from './sign-in.schemas';

describe('sign-in input', () => {
  it('keeps a return path on this site and replaces any other with the home page', () => {
    expect(returnToSchema.parse('/admin/orders?status=Paid')).toBe('/admin/orders?status=Paid');
    for (const away of ['//evil.example', '/\\evil.example', 'https://evil.example', '', 42]) {
      expect(returnToSchema.parse(away)).toBe('/');
    }
  });

  it('normalises the email and says what is wrong with a bad one', () => {
    expect(shopperSignInSchema.parse({ email: ' Ada@Example.com ', next: '/' }).email).toBe(
      'ada@example.com',
    );
    const bad = shopperSignInSchema.safeParse({ email: 'ada', next: '/' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/address such as/);
  });

  it('reads a file sent where text belongs as empty text', () => {
    const form = new FormData();
    form.set('email', new Blob(['x']), 'x.txt');
    expect(textFields(form, ['email', 'next'])).toEqual({ email: '', next: '' });
  });
});
