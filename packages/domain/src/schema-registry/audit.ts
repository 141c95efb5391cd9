import { checkBackwardCompatible } from './compatibility';
import { deepEqual, formatProblem } from './json-schema';
import type { SchemaDocument } from './schema-document';

/**
 * How one version in code stands against the registry on disk:
 * - `unchanged`: registered as it is;
 * - `new`: not registered yet;
 * - `widened`: registered, and the code accepts at least as much (write it: events stored from now
 *   on may use the wider shape, and later checks must hold against that);
 * - `breaking`: registered, and some payload it allows would no longer be readable;
 * - `deleted`: registered, but gone from code (stored events of that version could not be read).
 */
export type RegistryStatus = 'unchanged' | 'new' | 'widened' | 'breaking' | 'deleted';

export interface RegistryEntry {
  readonly type: string;
  readonly version: number;
  readonly status: RegistryStatus;
  /** Why a version is breaking, one line per field: `ProductAdded v2: price.amountMinor: …`. */
  readonly problems: readonly string[];
  /** The schema in code; absent when deleted. */
  readonly current?: SchemaDocument;
}

const keyOf = ({ type, version }: { type: string; version: number }) => `${type} v${version}`;

export function auditRegistry(
  current: readonly SchemaDocument[],
  registered: readonly SchemaDocument[],
): RegistryEntry[] {
  const onDisk = new Map(registered.map((document) => [keyOf(document), document]));
  const inCode = new Set(current.map(keyOf));
  const entries = current.map((document): RegistryEntry => {
    const { type, version } = document;
    const before = onDisk.get(keyOf(document));
    const entry = { type, version, current: document, problems: [] };
    if (!before) return { ...entry, status: 'new' };
    if (deepEqual(before.schema, document.schema)) return { ...entry, status: 'unchanged' };
    const problems = checkBackwardCompatible(before.schema, document.schema).map(
      (found) => `${keyOf(document)}: ${formatProblem(found)}`,
    );
    return { ...entry, status: problems.length > 0 ? 'breaking' : 'widened', problems };
  });
  const deleted = registered
    .filter((document) => !inCode.has(keyOf(document)))
    .map(({ type, version }): RegistryEntry => ({
      type,
      version,
      status: 'deleted',
      problems: [],
    }));
  return [...entries, ...deleted];
}

export const withStatus = (entries: readonly RegistryEntry[], status: RegistryStatus) =>
  entries.filter((entry) => entry.status === status);
