import { defineConfig } from 'vitest/config';

const postgresSetup = './packages/db/src/testing/global-setup.ts';

/**
 * One run, one summary. `unit` needs nothing; `integration` needs PostgreSQL (one embedded server
 * for the run, one cloned database per file); `browser` drives headless Chromium against real
 * servers. CI also runs `unit` and `integration` under Node 24.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/node_modules/**'],
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
        },
      },
    ],
  },
});
