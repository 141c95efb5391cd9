import { concurrencyConflict, domainError, type ValidationFailed } from '@shop/domain';
import { describe, expect, it, vi } from 'vitest';
import { failureAsTRPCError, failureForForm } from './failures';

vi.mock('server-only', () => ({}));

const invalid: ValidationFailed = {
  kind: 'ValidationFailed',
  message: 'Please correct the highlighted fields.',
  fieldErrors: { name: ['Name is required'] },
};
const ruleBroken = domainError('ProductAlreadyAdded', 'Product p-1 is already in the catalog.');
const conflict = concurrencyConflict('product-1', 3);

describe('failureForForm', () => {
  it('keeps validation messages on their fields', () => {
    expect(failureForForm(invalid)).toEqual({
      kind: 'fields',
      message: invalid.message,
      fieldErrors: invalid.fieldErrors,
    });
  });

  it('shows a broken rule as its own message', () => {
    expect(failureForForm(ruleBroken)).toEqual({ kind: 'form', message: ruleBroken.message });
  });

  it('hides stream names and versions of a conflict', () => {
    const failure = failureForForm(conflict);
    expect(failure.kind).toBe('form');
    expect(failure.message).not.toContain('product-1');
  });
});

describe('failureAsTRPCError', () => {
  it.each([
    [invalid, 'BAD_REQUEST'],
    [ruleBroken, 'UNPROCESSABLE_CONTENT'],
    [conflict, 'CONFLICT'],
  ] as const)('maps %o to %s', (failure, code) => {
    expect(failureAsTRPCError(failure).code).toBe(code);
  });
});
