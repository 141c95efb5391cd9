import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { allEventDefinitions } from './all-events';

const isCodec = (value: unknown): value is { definitions: readonly { type: string }[] } =>
  typeof value === 'object' &&
  value !== null &&
  'definitions' in value &&
  Array.isArray(value.definitions) &&
  'parse' in value;

describe('all event definitions', () => {
  it('has each event type once across slices', () => {
    const types = allEventDefinitions.map((definition) => definition.type);
    const duplicates = types.filter((type, index) => types.indexOf(type) !== index);
    expect(duplicates).toEqual([]);
  });

  it("gathers the codec every slice's index exports", async () => {
    const here = new URL('./', import.meta.url);
    const slices = await readdir(here, { withFileTypes: true });
    const missing: string[] = [];
    for (const slice of slices.filter((entry) => entry.isDirectory())) {
      const entry = (await readdir(new URL(`${slice.name}/`, here))).includes('index.ts');
      if (!entry) continue;
      const exports: Record<string, unknown> = await import(`./${slice.name}/index.ts`);
      for (const [name, value] of Object.entries(exports)) {
        if (!isCodec(value)) continue;
        const absent = value.definitions.filter((d) => !allEventDefinitions.includes(d as never));
        missing.push(...absent.map((d) => `${slice.name}: ${name} ${d.type}`));
      }
    }
    expect(missing, 'add the codec to src/all-events.ts').toEqual([]);
  });
});
