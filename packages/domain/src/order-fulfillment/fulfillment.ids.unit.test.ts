import { describe, expect, it } from 'vitest';
import { sagaStepId } from './fulfillment.ids';

const uuidV5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('saga step ids', () => {
  it('are version 5 UUIDs, the same for the same order and step on every run', () => {
    const id = sagaStepId('0d0d0d0d-0000-4000-8000-000000000001', 'authorize');
    expect(id).toMatch(uuidV5);
    expect(sagaStepId('0d0d0d0d-0000-4000-8000-000000000001', 'authorize')).toBe(id);
  });

  it('differ between steps and between orders', () => {
    const ids = new Set([
      sagaStepId('0d0d0d0d-0000-4000-8000-000000000001', 'authorize'),
      sagaStepId('0d0d0d0d-0000-4000-8000-000000000001', 'capture'),
      sagaStepId('0d0d0d0d-0000-4000-8000-000000000002', 'authorize'),
    ]);
    expect(ids.size).toBe(3);
  });
});
