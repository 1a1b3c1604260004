import path from 'node:path';
import postgres from 'postgres';
import { startEmbeddedPostgres } from './embedded.ts';
import { enableAppRoleLogin, runMigrations } from './migrate.ts';

export interface DatabaseSettings {
  /** Owner URL: runs migrations and tenants:apply. Unset: an embedded PostgreSQL is started. */
  databaseUrl?: string | undefined;
  /** Application-role URL. Unset: the app role is given a login on the owner's server. */
  databaseAppUrl?: string | undefined;
  /** Password given to the application role when `databaseAppUrl` is unset. */
  appPassword: string;
  /** Folder of the embedded cluster's data. */
  dataDir: string;
  embeddedPort: number;
  log?: (line: string) => void;
}

export interface ProvisionedDatabase {
  ownerUrl: string;
  appUrl: string;
  embedded: boolean;
  /** Stops the embedded server, if one was started. */
  stop: () => Promise<void>;
}

const EMBEDDED_DATABASE = 'communa';

/**
 * Finds or starts the PostgreSQL server, brings its schema up to date and returns the two URLs the
 * platform needs: the owner's (migrations, configuration) and the application role's (requests).
 */
export async function provisionDatabase(settings: DatabaseSettings): Promise<ProvisionedDatabase> {
  let ownerUrl = settings.databaseUrl;
  let stop = async () => {};
  if (!ownerUrl) {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(settings.dataDir, 'pg'),
      port: settings.embeddedPort,
      log: settings.log,
    });
    stop = server.stop;
    ownerUrl = await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE);
  }
  await runMigrations(ownerUrl);
  const appUrl = settings.databaseAppUrl ?? (await enableAppRoleLogin(ownerUrl, settings.appPassword));
  return { ownerUrl, appUrl, embedded: !settings.databaseUrl, stop };
}

async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql`select 1 from pg_database where datname = ${name}`;
    if (rows.length === 0) await sql.unsafe(`create database "${name}"`);
  } finally {
    await sql.end({ timeout: 5 });
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
