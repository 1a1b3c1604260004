import type { ProvisionedDatabase } from '@communa/db';
import { provisionDatabase } from '@communa/db';
import type { Env } from './env.ts';

/** The database the settings point at (embedded unless DATABASE_URL), migrated. */
export function provisionFromEnv(env: Env, log?: (line: string) => void): Promise<ProvisionedDatabase> {
  return provisionDatabase({
    databaseUrl: env.DATABASE_URL,
    databaseAppUrl: env.DATABASE_APP_URL,
    appPassword: env.DATABASE_APP_PASSWORD,
    dataDir: env.DATA_DIR,
    embeddedPort: env.EMBEDDED_PG_PORT,
    ...(log ? { log } : {}),
  });
}
