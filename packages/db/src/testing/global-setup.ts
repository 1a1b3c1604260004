import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../embedded.ts';
import { findFreePort } from '../free-port.ts';
import { enableAppRoleLogin, runMigrations } from '../migrate.ts';
import type { TestPostgres } from './context.ts';

const APP_PASSWORD = 'communa-test';

/**
 * vitest global set-up: one PostgreSQL server for the whole run (embedded unless DATABASE_URL),
 * holding one migrated template database. Test files clone it, so each starts from a clean,
 * fully migrated schema in milliseconds.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.DATABASE_URL;
  let adminUrl: string;
  let stopServer = async () => {};
  if (external) {
    adminUrl = external;
  } else {
    const dataDir = path.resolve('.data', `pg-test-${process.pid}-${randomBytes(4).toString('hex')}`);
    const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), ephemeral: true });
    adminUrl = server.adminUrl;
    stopServer = async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const template = `communa_template_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${template}"`);
  const templateUrl = databaseUrl(adminUrl, template);
  await runMigrations(templateUrl);
  await enableAppRoleLogin(templateUrl, APP_PASSWORD);

  const context: TestPostgres = { adminUrl, template, appPassword: APP_PASSWORD };
  project.provide('communaPostgres', context);

  return async () => {
    if (external) {
      const clones = await admin<{ datname: string }[]>`
        select datname from pg_database where datname like ${`${template}%`} or datname like 'communa_test_%'`;
      for (const { datname } of clones)
        await admin.unsafe(`drop database if exists "${datname}" with (force)`);
    }
    await admin.end({ timeout: 5 });
    await stopServer();
  };
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
