import type { z } from 'zod';
import { checkBackwardCompatible } from './compatibility';
import { formatProblem, type JsonSchema } from './json-schema';
import { schemaDocument } from './schema-document';

/** The registry's JSON Schema of a zod schema, as `schemas:write` would store it. */
export const registered = (schema: z.ZodType): JsonSchema =>
  schemaDocument('Test', 1, schema).schema;

/** The problems of reading payloads stored under `before` with `after`, one line each. */
export const problemsBetween = (
  before: z.ZodType | JsonSchema,
  after: z.ZodType | JsonSchema,
): string[] => checkBackwardCompatible(asJson(before), asJson(after)).map(formatProblem);

const asJson = (schema: z.ZodType | JsonSchema): JsonSchema =>
  typeof schema === 'boolean' || !('_zod' in schema) ? schema : registered(schema as z.ZodType);
