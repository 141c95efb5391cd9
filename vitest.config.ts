import { defineConfig } from 'vitest/config';

// Tests are selected by suffix: *.unit.test.ts are pure, *.int.test.ts talk to the real Postgres and NATS.
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
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
