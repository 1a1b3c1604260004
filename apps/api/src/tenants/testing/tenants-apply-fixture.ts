import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DbHandle } from '@communa/db';
import { createDb } from '@communa/db';
import type { TestDatabase } from '@communa/db/testing';
import { createTestDatabase } from '@communa/db/testing';
import { loadTenants } from '@communa/tenant-config';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { parseEnv } from '../../env.ts';
import { applyTenants } from '../apply-tenants.ts';

const need = <T>(value: T | undefined, name: string): T => {
  if (value === undefined) throw new Error(`${name} is only there inside a test`);
  return value;
};

/**
 * For the tests of tenants:apply, called inside their `describe`: a database of the file's own, and
 * before each test a fresh copy of the demo tenants/ folder (`dir`) and no commune in the database.
 */
export function tenantsApplyFixture(prefix: string) {
  let database: TestDatabase | undefined;
  let owner: DbHandle | undefined;
  let dir: string | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = createDb(database.ownerUrl, { max: 2 });
  });
  afterAll(async () => {
    await owner?.close();
    await database?.drop();
  });
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), prefix));
    await cp(parseEnv({}).TENANTS_DIR, dir, { recursive: true });
    await need(owner, 'owner').sql`truncate tenants cascade`;
  });
  afterEach(() => rm(need(dir, 'dir'), { recursive: true, force: true }));

  return {
    get database() {
      return need(database, 'database');
    },
    get owner() {
      return need(owner, 'owner');
    },
    get dir() {
      return need(dir, 'dir');
    },
    /** Loads the folder, which must hold no error, and applies every commune in it. */
    async apply() {
      const { tenants, issues } = await loadTenants(need(dir, 'dir'));
      expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
      return applyTenants(need(owner, 'owner').db, tenants, { presentSlugs: tenants.map((t) => t.slug) });
    },
    /** Rewrites a file of the folder (a path inside it); the change must change something. */
    async edit(file: string, change: (text: string) => string) {
      const full = path.join(need(dir, 'dir'), file);
      const before = await readFile(full, 'utf8');
      const after = change(before);
      expect(after).not.toBe(before);
      await writeFile(full, after);
    },
  };
}
