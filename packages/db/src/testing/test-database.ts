import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { APP_ROLE } from '../migrate.ts';
import { databaseUrl } from './global-setup.ts';
import './context.ts';

export interface TestDatabase {
  name: string;
  /** Owner (superuser) URL: for migrations-level work and for arranging data around RLS. */
  ownerUrl: string;
  /** Application-role URL: what the API uses; RLS applies. */
  appUrl: string;
  drop: () => Promise<void>;
}

/** Clones the migrated template into a database of this test file's own. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { adminUrl, template, appPassword } = inject('communaPostgres');
  const name = `communa_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const ownerUrl = databaseUrl(adminUrl, name);
  const app = new URL(ownerUrl);
  app.username = APP_ROLE;
  app.password = appPassword;
  return {
    name,
    ownerUrl,
    appUrl: app.toString(),
    drop: async () => {
      const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
      try {
        await sql.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await sql.end({ timeout: 5 });
      }
    },
  };
}
