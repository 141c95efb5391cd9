import type { z } from 'zod';
import { UndecodableEvent, type StoredEventRef } from './undecodable-event';

interface VersionStep {
  readonly schema: z.ZodType;
  /** Turns the previous version's payload into this version's input; absent for version 1. */
  readonly upcast?: (previous: never) => unknown;
}

/**
 * One event type with every schema version it was ever stored in, oldest first. Stored payloads are
 * never rewritten: older versions are validated with their own schema, then upcast step by step to
 * the current one (v1 → v2 → v3), each step's output validated by the next schema.
 */
export class EventDefinition<Type extends string, Data> {
  private constructor(
    readonly type: Type,
    private readonly steps: readonly VersionStep[],
  ) {}

  static create<Type extends string, Schema extends z.ZodType>(
    type: Type,
    schema: Schema,
  ): EventDefinition<Type, z.output<Schema>> {
    return new EventDefinition(type, [{ schema }]);
  }

  /** A new version; `upcast` reads a payload of the previous version into the new shape. */
  evolve<Schema extends z.ZodType>(
    schema: Schema,
    upcast: (previous: Data) => z.input<Schema>,
  ): EventDefinition<Type, z.output<Schema>> {
    return new EventDefinition(this.type, [
      ...this.steps,
      { schema, upcast: upcast as VersionStep['upcast'] },
    ]);
  }

  get currentVersion(): number {
    return this.steps.length;
  }

  /** Every version's schema, index 0 being version 1: the source of the schema registry. */
  get schemas(): readonly z.ZodType[] {
    return this.steps.map((step) => step.schema);
  }

  /** The current-version schema, for validating events before they are appended. */
  get schema(): z.ZodType<Data> {
    return this.steps[this.steps.length - 1]?.schema as z.ZodType<Data>;
  }

  event(data: Data): { type: Type; data: Data } {
    return { type: this.type, data };
  }

  /** Validates a stored payload of any known version and brings it to the current version. */
  decode(stored: StoredEventRef & { schemaVersion: number; data: unknown }): Data {
    const first = this.steps[stored.schemaVersion - 1];
    if (!first) {
      throw new UndecodableEvent(
        'UnknownVersion',
        stored,
        `${this.type} has versions 1..${this.currentVersion}, not ${stored.schemaVersion}`,
      );
    }
    let data = parseOrThrow(first.schema, stored.data, stored, 'InvalidPayload');
    for (let version = stored.schemaVersion + 1; version <= this.currentVersion; version++) {
      const step = this.steps[version - 1] as VersionStep;
      let upcast: unknown;
      try {
        upcast = (step.upcast as (previous: unknown) => unknown)(data);
      } catch (error) {
        throw new UndecodableEvent(
          'UpcasterFailed',
          stored,
          `upcasting to v${version} threw: ${String(error)}`,
        );
      }
      data = parseOrThrow(step.schema, upcast, stored, 'UpcasterFailed', `upcast to v${version}`);
    }
    return data as Data;
  }
}

function parseOrThrow(
  schema: z.ZodType,
  data: unknown,
  stored: StoredEventRef,
  reason: 'InvalidPayload' | 'UpcasterFailed',
  step = `v${(stored as { schemaVersion?: number }).schemaVersion ?? '?'} payload`,
): unknown {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
  );
  throw new UndecodableEvent(reason, stored, `${step} is invalid (${problems.join('; ')})`);
}

export const defineEvent = EventDefinition.create;
