import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  changeCustomerNameInputSchema,
  registerCustomerInputSchema,
  registerCustomerSchema,
} from './index';

const customerId = '7c0e8a52-3d4b-4f0e-8a1c-2b9e6d5f4a01';

function messages(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const byField: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    (byField[issue.path.join('.') || '_form'] ??= []).push(issue.message);
  }
  return byField;
}

describe('RegisterCustomer input', () => {
  it('normalises the email and trims the name', () => {
    expect(
      registerCustomerInputSchema.parse({ email: '  Ada@Example.COM ', name: ' Ada Lovelace ' }),
    ).toEqual({ email: 'ada@example.com', name: 'Ada Lovelace' });
    expect(
      registerCustomerSchema.parse({
        type: 'RegisterCustomer',
        data: { customerId, email: 'ADA@example.com', name: 'Ada' },
      }).data.email,
    ).toBe('ada@example.com');
  });

  it('explains each field it cannot use, one message per problem', () => {
    expect(messages(registerCustomerInputSchema, { email: ' ', name: '' })).toEqual({
      email: ['Email is required'],
      name: ['Name is required'],
    });
    expect(messages(registerCustomerInputSchema, { email: 'ada@', name: 'Ada' })).toEqual({
      email: ['Email must be an address such as ada@example.com'],
    });
    expect(
      messages(registerCustomerInputSchema, { email: `${'a'.repeat(250)}@x.io`, name: 'Ada' }),
    ).toEqual({ email: ['Email must be at most 254 characters'] });
    expect(
      messages(registerCustomerInputSchema, {
        customerId: 'ada',
        email: 'ada@example.com',
        name: 'x'.repeat(101),
      }),
    ).toEqual({
      customerId: ['Customer id must be a UUID'],
      name: ['Name must be at most 100 characters'],
    });
  });
});

describe('ChangeCustomerName input', () => {
  it('needs the customer id and a name', () => {
    expect(changeCustomerNameInputSchema.parse({ customerId, name: ' Ada ' })).toEqual({
      customerId,
      name: 'Ada',
    });
    expect(messages(changeCustomerNameInputSchema, { name: ' ' })).toEqual({
      customerId: ['Customer id must be a UUID'],
      name: ['Name is required'],
    });
  });
});
