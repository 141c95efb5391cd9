import { parseArgs } from 'node:util';

export const workerRoles = ['relay', 'projectors', 'saga'] as const;
export type WorkerRole = (typeof workerRoles)[number];

const isRole = (value: string): value is WorkerRole =>
  (workerRoles as readonly string[]).includes(value);

/** `--only relay --only projectors`, or `--only relay,projectors`; every role when absent. */
export function parseRoles(argv: readonly string[]): ReadonlySet<WorkerRole> {
  const { values } = parseArgs({
    args: [...argv],
    options: { only: { type: 'string', multiple: true } },
    strict: true,
  });
  if (!values.only) return new Set(workerRoles);
  const asked = values.only.flatMap((value) => value.split(',')).map((value) => value.trim());
  const unknown = asked.filter((value) => !isRole(value));
  if (unknown.length > 0) {
    throw new Error(`Unknown role ${unknown.join(', ')}: --only takes ${workerRoles.join(' | ')}`);
  }
  return new Set(asked.filter(isRole));
}
