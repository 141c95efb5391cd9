import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { commandContextSchema, eventMetadataFor } from './command-context';

const log = pino({ level: 'silent' });
const metadataOf = (context: unknown) => eventMetadataFor(commandContextSchema.parse(context), log);

describe('event metadata from the command context', () => {
  const commandId = randomUUID();
  const correlationId = randomUUID();

  it('names the command as the cause by default', () => {
    expect(metadataOf({ commandId, correlationId, actor: 'admin' })).toEqual({
      correlationId,
      causationId: commandId,
      actor: 'admin',
    });
  });

  it('names the event a process manager reacted to, when it gives one', () => {
    const causationId = randomUUID();
    expect(metadataOf({ commandId, causationId, correlationId, actor: 'saga' })).toEqual({
      correlationId,
      causationId,
      actor: 'saga',
    });
  });

  it('refuses a causation id that is not a UUID', () => {
    const parsed = commandContextSchema.safeParse({
      commandId,
      causationId: 'event-1',
      correlationId,
      actor: 'saga',
    });
    expect(parsed.success).toBe(false);
  });
});
