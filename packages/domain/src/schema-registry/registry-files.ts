import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { isSchemaObject } from './json-schema';
import type { SchemaDocument } from './schema-document';

/** packages/domain/schema-registry: one folder per event type, one file per version. */
export const registryDirectory = fileURLToPath(new URL('../../schema-registry/', import.meta.url));

const fileName = /^v([1-9]\d*)\.schema\.json$/;

export const registryFile = (directory: string, { type, version }: SchemaDocument): string =>
  join(directory, type, `v${version}.schema.json`);

/** Every registered version; a stray file fails loudly rather than being skipped. */
export async function readRegistry(directory = registryDirectory): Promise<SchemaDocument[]> {
  const types = await readdir(directory, { withFileTypes: true }).catch(() => []);
  const documents = await Promise.all(
    types
      .filter((entry) => entry.isDirectory())
      .map(async ({ name: type }) => {
        const files = await readdir(join(directory, type));
        return Promise.all(
          files
            .filter((file) => !file.startsWith('.'))
            .map(async (file) => {
              const version = Number(fileName.exec(file)?.[1]);
              const path = join(directory, type, file);
              if (!version) throw new Error(`${path}: expected v<N>.schema.json`);
              const schema: unknown = JSON.parse(await readFile(path, 'utf8'));
              if (!isSchemaObject(schema)) throw new Error(`${path}: not a JSON Schema object`);
              return { type, version, schema };
            }),
        );
      }),
  );
  return documents.flat();
}

/** Pretty-printed as the repository's prettier would (its `--check` covers these files too). */
export async function writeRegistryFile(
  directory: string,
  document: SchemaDocument,
): Promise<string> {
  const path = registryFile(directory, document);
  const options = await resolveConfig(path);
  const text = await format(JSON.stringify(document.schema), { ...options, parser: 'json' });
  await mkdir(join(directory, document.type), { recursive: true });
  await writeFile(path, text);
  return path;
}
