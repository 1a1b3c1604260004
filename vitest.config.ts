import { defineConfig } from 'vitest/config';

const postgresSetup = './packages/db/src/testing/global-setup.ts';

/**
 * One run, one summary. `unit` needs nothing; `integration` needs PostgreSQL (one embedded server
 * for the run, one cloned database per file); `browser` drives headless Chromium against real
 * servers. CI also runs `unit` and `integration` under Node 24.
 *
 * `isolate: false`: files share their worker's module cache, so the API is imported once per worker
 * rather than once per file (import was two thirds of the run). It is safe because each file builds
 * its own platform and database and no module keeps state; a test that fakes timers restores them.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/node_modules/**'],
          isolate: false,
        },
      },
      {
        test: {
          name: 'integration',
          include: [
            'packages/*/src/**/*.db.test.ts',
            'apps/*/src/**/*.db.test.ts',
            'tests/integration/**/*.test.ts',
          ],
          globalSetup: [postgresSetup],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          isolate: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: [postgresSetup],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          isolate: false,
        },
      },
    ],
  },
});
