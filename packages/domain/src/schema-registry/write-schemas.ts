/**
 * `pnpm --filter @shop/domain schemas:write`: registers every event schema version of the domain
 * in packages/domain/schema-registry. New versions are written; a registered version is rewritten
 * only when the code still reads everything it allowed; a breaking change is refused, with why.
 */
import { relative } from 'node:path';
import { allEventDefinitions } from '../all-events';
import { auditRegistry, type RegistryEntry } from './audit';
import { readRegistry, registryDirectory, writeRegistryFile } from './registry-files';
import { schemaDocumentsOf } from './schema-document';

const entries = auditRegistry(schemaDocumentsOf(allEventDefinitions), await readRegistry());

const say = (line: string) => process.stdout.write(`${line}\n`);
let refused = 0;

for (const entry of entries) {
  const name = `${entry.type} v${entry.version}`;
  if ((entry.status === 'new' || entry.status === 'widened') && entry.current) {
    const path = await writeRegistryFile(registryDirectory, entry.current);
    say(
      `${entry.status === 'new' ? 'registered' : 'widened   '} ${name} → ${relative(process.cwd(), path)}`,
    );
  } else if (entry.status === 'breaking') {
    refused++;
    say(`REFUSED    ${name}: the code can no longer read every payload stored as ${name}:`);
    for (const line of entry.problems) say(`             ${line}`);
    say('           Keep that version as it was and add a new one with .evolve(schema, upcaster).');
  } else if (entry.status === 'deleted') {
    refused++;
    say(`MISSING    ${name} is registered but no longer in code: stored events of it exist.`);
  }
}

const unchanged = entries.filter((entry: RegistryEntry) => entry.status === 'unchanged').length;
say(`${entries.length} versions, ${unchanged} unchanged, ${refused} refused.`);
if (refused > 0) process.exitCode = 1;
