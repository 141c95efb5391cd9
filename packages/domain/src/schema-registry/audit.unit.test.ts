import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { auditRegistry, withStatus } from './audit';
import { schemaDocumentsOf } from './schema-document';

const v1 = z.object({ orderId: z.uuid(), total: z.int().nonnegative() });
const registered = schemaDocumentsOf([{ type: 'OrderPlaced', schemas: [v1] }]);
const audit = (...schemas: z.ZodType[]) =>
  auditRegistry(schemaDocumentsOf([{ type: 'OrderPlaced', schemas }]), registered);

describe('auditing the registry against the code', () => {
  it('an unchanged version is unchanged, a version not on disk is new', () => {
    const entries = audit(v1, v1.extend({ currency: z.string() }));
    expect(entries.map(({ version, status }) => [version, status])).toEqual([
      [1, 'unchanged'],
      [2, 'new'],
    ]);
  });

  it('a registered version the code reads more of is widened (to be rewritten)', () => {
    const [entry] = audit(v1.extend({ note: z.string().optional() }));
    expect(entry).toMatchObject({ status: 'widened', problems: [] });
  });

  it('a breaking change names the event, version and field', () => {
    const [entry] = audit(v1.extend({ total: z.int().positive() }));
    expect(entry).toMatchObject({
      status: 'breaking',
      problems: ['OrderPlaced v1: total: minimum raised from 0 to 1'],
    });
  });

  it('a registered version gone from code is deleted', () => {
    const entries = auditRegistry([], registered);
    expect(withStatus(entries, 'deleted')).toEqual([
      { type: 'OrderPlaced', version: 1, status: 'deleted', problems: [] },
    ]);
  });
});
