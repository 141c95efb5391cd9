import { defineConfig } from 'vitest/config';

// Tests are selected by suffix: *.unit.test.ts are pure, *.int.test.ts talk to the real Postgres and
// NATS. *.exclusive.int.test.ts hold a transaction open on purpose, and pg_snapshot_xmin is
// cluster-wide: while one runs, every relay on the server waits. They run after the others, one
// file at a time, so that they never stall an unrelated test. The fault-injection suite runs on
// servers of its own (tests/fault-injection).
const exclusive = '{apps,packages}/*/src/**/*.exclusive.int.test.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{apps,packages,tests}/*/src/**/*.unit.test.ts'],
          // Pure, but property tests run hundreds of cases: a busy machine must not fail them.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'int',
          include: ['{apps,packages}/*/src/**/*.int.test.ts'],
          exclude: [exclusive, '**/node_modules/**'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'faults',
          include: ['tests/fault-injection/src/**/*.fault.test.ts'],
          fileParallelism: false,
          testTimeout: 240_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'int-exclusive',
          include: [exclusive],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
