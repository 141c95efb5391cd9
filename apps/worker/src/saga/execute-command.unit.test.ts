import { describe, expect, it } from 'vitest';
import { outcomeOf } from './execute-command';

describe("a saga command's failure, as the outcome of its step", () => {
  it('retries a concurrency conflict', () => {
    const conflict = {
      kind: 'ConcurrencyConflict',
      streamId: 'order-1',
      expectedVersion: 2,
      message: 'changed',
    } as const;
    expect(outcomeOf(conflict)).toEqual({ kind: 'retry', error: 'changed' });
  });

  it('counts a step overtaken by the order being cancelled as done', () => {
    const overtaken = {
      kind: 'DomainError',
      code: 'IllegalOrderTransition',
      message: 'Order 1 is cancelled, so it cannot be confirmed.',
      status: 'Cancelled',
      command: 'ConfirmOrder',
    } as const;
    expect(outcomeOf(overtaken)).toEqual({
      kind: 'done',
      outcome: 'skipped: Order 1 is cancelled, so it cannot be confirmed.',
      feedback: null,
    });
  });

  it('fails for good on any other broken rule, or a malformed command', () => {
    const mismatch = {
      kind: 'DomainError',
      code: 'PaymentAmountMismatch',
      message: 'wrong amount',
    } as const;
    expect(outcomeOf(mismatch)).toEqual({ kind: 'failed', error: 'wrong amount' });
    const malformed = {
      kind: 'ValidationFailed',
      message: 'Bad',
      fieldErrors: { orderId: ['Order id must be a UUID'] },
    } as const;
    expect(outcomeOf(malformed)).toMatchObject({ kind: 'failed' });
  });
});
