import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import type pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { PostgresEventStore } from '../../event-store/postgres-event-store';
import { testLogger, testPool } from '../../event-store/test-support/fixtures';
import type { CommandHandlerDeps } from '../handle-command';

export interface CommandTestBed {
  readonly deps: CommandHandlerDeps & { readonly eventStore: PostgresEventStore };
  readonly pool: pg.Pool;
}

/**
 * A fresh migrated database with an event store for the tests of one file, dropped after them.
 * Call at the top level of the file; read `bed()` inside tests, once beforeAll has run.
 */
export function useCommandTestBed(): () => CommandTestBed {
  let database: TestDatabase | undefined;
  let bed: CommandTestBed | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    const pool = testPool(database.connectionString);
    const logger = testLogger();
    bed = { pool, deps: { eventStore: new PostgresEventStore(pool, logger), logger } };
  });
  afterAll(async () => {
    await bed?.pool.end();
    await database?.drop();
  });
  return () => {
    if (!bed) throw new Error('The command test bed is used before its beforeAll ran');
    return bed;
  };
}
