import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allEventDefinitions } from '../all-events';
import { productAdded } from '../product/index';
import { auditRegistry, withStatus, type RegistryEntry } from './audit';
import { readRegistry } from './registry-files';
import { schemaDocumentsOf, type VersionedEventSchemas } from './schema-document';

/*
 * The CI gate of the event schema registry (packages/domain/schema-registry): stored events of
 * every registered version must stay readable by the code, and every version in code is registered.
 */
const onDisk = await readRegistry();
const auditOf = (definitions: readonly VersionedEventSchemas[]) =>
  auditRegistry(schemaDocumentsOf(definitions), onDisk);
const entries = auditOf(allEventDefinitions);
const names = (list: readonly RegistryEntry[]) => list.map((e) => `${e.type} v${e.version}`);
const write = 'run pnpm --filter @shop/domain schemas:write';

describe('event schema registry', () => {
  it('every registered version still reads every payload stored under it', () => {
    const problems = withStatus(entries, 'breaking').flatMap((entry) => entry.problems);
    expect(
      problems,
      'A registered schema changed incompatibly: keep that version as it was and add a new one with .evolve(schema, upcaster)',
    ).toEqual([]);
  });

  it('every version in code is registered', () => {
    expect(names(withStatus(entries, 'new')), `Unregistered versions: ${write}`).toEqual([]);
  });

  it('every registered version is still in code (versions are never deleted)', () => {
    expect(
      names(withStatus(entries, 'deleted')),
      'Events of these versions are stored: restore their definitions',
    ).toEqual([]);
  });

  it('the registry holds what the code reads (a compatible change was registered)', () => {
    expect(names(withStatus(entries, 'widened')), `Outdated registry files: ${write}`).toEqual([]);
  });

  it('fails, naming the field, when a registered version is changed incompatibly', () => {
    // What an engineer might do: require a new field in ProductAdded v1 instead of adding v2.
    const [v1, ...later] = productAdded.schemas;
    const altered = (v1 as z.ZodObject).extend({ sku: z.string() });
    const tampered = { type: productAdded.type, schemas: [altered, ...later] };
    const problems = withStatus(auditOf([tampered]), 'breaking').flatMap((entry) => entry.problems);
    expect(problems).toEqual(['ProductAdded v1: sku: new required property']);
  });
});
