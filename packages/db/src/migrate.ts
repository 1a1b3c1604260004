import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { withAdvisoryLock } from './advisory-lock.ts';
import { APP_ROLE } from './app-role.ts';
import { createDb } from './client.ts';
import { migrateJobs } from './jobs.ts';

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

export { APP_ROLE };

/**
 * Applies the pending SQL migrations, then pg-boss's schema and queues, one process at a time.
 * Must run as the owner role.
 */
export function runMigrations(ownerUrl: string): Promise<void> {
  return withAdvisoryLock(ownerUrl, 'communa:migrations', async () => {
    const handle = createDb(ownerUrl, { max: 1, applicationName: 'communa-migrate' });
    try {
      await migrate(handle.db, { migrationsFolder });
    } finally {
      await handle.close();
    }
    await migrateJobs(ownerUrl);
  });
}

/**
 * Lets the application role log in with `password` and returns its connection URL (same server and
 * database as `ownerUrl`). Used where one server URL is all we are given: the embedded PostgreSQL
 * and development; production passes DATABASE_APP_URL instead.
 */
export async function enableAppRoleLogin(ownerUrl: string, password: string): Promise<string> {
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`alter role ${APP_ROLE} login password ${quoteLiteral(password)}`);
  } finally {
    await sql.end({ timeout: 5 });
  }
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}

// ALTER ROLE takes no bind parameters, so the literal is quoted here.
function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
