import { defineConfig } from 'vitest/config';

// Tests are selected by suffix: *.unit.test.ts are pure, *.int.test.ts talk to the real Postgres and
// NATS. *.exclusive.int.test.ts hold a transaction open on purpose, and pg_snapshot_xmin is
// cluster-wide: while one runs, every relay on the server waits. They run after the others, one
// file at a time, so that they never stall an unrelated test.
const exclusive = '{apps,packages}/*/src/**/*.exclusive.int.test.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{apps,packages}/*/src/**/*.unit.test.ts'],
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
