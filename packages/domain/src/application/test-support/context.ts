import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../command-context';

export const commandContext = (overrides: Partial<CommandContext> = {}): CommandContext => ({
  commandId: randomUUID(),
  correlationId: randomUUID(),
  actor: 'admin',
  ...overrides,
});

export const counterStreamId = (): string => `counter-${randomUUID()}`;
