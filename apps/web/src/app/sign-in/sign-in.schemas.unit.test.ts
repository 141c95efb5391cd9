import { describe, expect, it } from 'vitest';
import {
  adminSignInSchema,
  returnToSchema,
  shopperSignInSchema,
  textFields,
} from './sign-in.schemas';

const awayFromThisSite = [
  '//evil.example',
  '/\\evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  'https://evil.example',
  'javascript:alert(1)',
  'admin',
  '',
  42,
  `/${'a'.repeat(500)}`,
];

describe('sign-in input', () => {
  it('keeps a return path on this site and replaces any other with the fallback', () => {
    expect(returnToSchema('/').parse('/admin/orders?status=Paid')).toBe(
      '/admin/orders?status=Paid',
    );
    expect(returnToSchema('/').parse('/orders/%2F%2Fevil.example')).toBe(
      '/orders/%2F%2Fevil.example',
    );
    for (const away of awayFromThisSite) {
      expect(returnToSchema('/').parse(away)).toBe('/');
      expect(returnToSchema('/admin').parse(away)).toBe('/admin');
    }
  });

  it('sends an admin back to the page asked for, and to the admin home for anything else', () => {
    const form = { email: 'admin@shop.example', password: 'secret-password' };
    const nextOf = (next: unknown) => adminSignInSchema.parse({ ...form, next }).next;
    expect(nextOf('/admin/orders/3f0c?at=2')).toBe('/admin/orders/3f0c?at=2');
    expect(nextOf('//evil.example')).toBe('/admin');
    expect(nextOf('https://evil.example/admin')).toBe('/admin');
    expect(nextOf(undefined)).toBe('/admin');
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
