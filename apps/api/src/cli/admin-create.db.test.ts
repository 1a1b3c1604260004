import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';

const SCRIPT = fileURLToPath(new URL('./admin-create.ts', import.meta.url));

// `npm run admin:create`, run for real against the test file's database (DATABASE_URL).
describe('admin:create', () => {
  let kit: AuthTestKit;
  let dataDir: string;

  beforeAll(async () => {
    kit = await startAuthTestKit();
    dataDir = await mkdtemp(path.join(tmpdir(), 'communa-admin-create-'));
  });
  afterAll(async () => {
    await kit.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const run = (args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
        env: {
          ...process.env,
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          DATA_DIR: dataDir,
          DATABASE_URL: kit.platform.database.ownerUrl,
          DATABASE_APP_URL: kit.platform.database.appUrl,
        },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
      });
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.once('error', reject);
      child.once('exit', (status) => resolve({ status, stdout, stderr }));
    });

  const rolesOf = async (email: string, slug: string) =>
    kit.owner.sql<{ role: string }[]>`
      select m.role from members m join users u on u.id = m.user_id join organizations o on o.id = m.organization_id
      where u.email = ${email} and o.slug = ${slug}`;

  it('makes an address the admin of a commune, keeps roles it already had, and records it', async () => {
    const first = await run([
      '--tenant',
      'charleroi',
      '--email',
      'First.Admin@Charleroi.example.be',
      '--name',
      'Ada',
    ]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('created admin First.Admin@Charleroi.example.be of charleroi');
    expect(await rolesOf('first.admin@charleroi.example.be', 'charleroi')).toEqual([{ role: 'admin' }]);

    await kit.owner
      .sql`update members set role = 'form-agent' where user_id = (select id from users where email = 'first.admin@charleroi.example.be')`;
    const again = await run(['--tenant', 'charleroi', '--email', 'first.admin@charleroi.example.be']);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('updated admin');
    expect(await rolesOf('first.admin@charleroi.example.be', 'charleroi')).toEqual([
      { role: 'admin,form-agent' },
    ]);

    const [event] = await kit.owner.sql<{ action: string }[]>`
      select action from audit_events where action = 'staff.admin_created' limit 1`;
    expect(event?.action).toBe('staff.admin_created');
  }, 60_000);

  it('refuses a missing or malformed address (exit 2) and an unknown commune (exit 1), writing nothing', async () => {
    const usage = await run(['--tenant', 'charleroi', '--email', 'not-an-address']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: npm run admin:create');
    const unknown = await run(['--tenant', 'atlantis', '--email', 'nobody@example.be']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('no active commune “atlantis”');
    const [row] = await kit.owner.sql<
      { n: number }[]
    >`select count(*)::int as n from users where email = 'nobody@example.be'`;
    expect(row?.n).toBe(0);
  }, 60_000);
});
