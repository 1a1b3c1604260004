import { createDb } from '@communa/db';
import type { TestDatabase } from '@communa/db/testing';
import { createTestDatabase } from '@communa/db/testing';
import { loadTenants } from '@communa/tenant-config';
import type { Logger } from 'pino';
import pino from 'pino';
import type { App } from '../app.ts';
import { parseEnv } from '../env.ts';
import type { Platform } from '../platform.ts';
import { createPlatform } from '../platform.ts';
import { applyTenants } from '../tenants/apply-tenants.ts';
import { TEST_PUBLIC_URL } from './offline-app.ts';

export { TEST_PUBLIC_URL };

export interface TestPlatform {
  app: App;
  platform: Platform;
  database: TestDatabase;
  close: () => Promise<void>;
}

/**
 * A real API over a database of this test file's own, with the demo communes applied from
 * tenants/ exactly as `npm start` does. Requests go through `app.request()`, no socket.
 */
export async function startTestPlatform(
  options: {
    extraOrigins?: string[];
    env?: Record<string, string>;
    logger?: Logger;
    /** Job workers and daily purges in this platform (default true); off when a test runs them itself. */
    workers?: boolean;
  } = {},
): Promise<TestPlatform> {
  const env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JOB_POLL_SECONDS: '0.5', ...options.env });
  const database = await createTestDatabase();
  const { tenants: loaded, issues } = await loadTenants(env.TENANTS_DIR);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new Error(`demo communes do not load: ${JSON.stringify(errors)}`);
  const owner = createDb(database.ownerUrl, { max: 1 });
  try {
    await applyTenants(owner.db, loaded);
  } finally {
    await owner.close();
  }
  const platform = await createPlatform({
    env,
    logger: options.logger ?? pino({ level: 'silent' }),
    appUrl: database.appUrl,
    publicUrl: TEST_PUBLIC_URL,
    extraOrigins: options.extraOrigins ?? [],
    workers: options.workers ?? true,
  });
  return {
    app: platform.app,
    platform,
    database,
    close: async () => {
      await platform.close();
      await database.drop();
    },
  };
}
