import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResendTestKit } from '../auth/testing/auth-test-kit.ts';
import { startResendTestKit } from '../auth/testing/auth-test-kit.ts';
import type { FakeResendServer } from '../notifications/testing/fake-resend-server.ts';

const script = fileURLToPath(new URL('./testing/enqueue-then-die.ts', import.meta.url));

/** Runs the change in another process, killed with SIGKILL before or after its commit. */
function changeThenDie(
  appUrl: string,
  ownerUrl: string,
  moment: string,
  to: string,
): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, appUrl, ownerUrl, moment, to], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (_code, signal) => resolve(signal));
  });
}

// A crash between the change and its e-mail loses nothing and sends nothing extra: the job is part
// of the change's transaction, and another process's worker delivers it.
describe('mail jobs across a killed process', () => {
  let kit: ResendTestKit;
  let resend: FakeResendServer;
  beforeAll(async () => {
    kit = await startResendTestKit();
    resend = kit.resend;
  });
  afterAll(() => kit.close());

  const deliveredTo = (to: string) => resend.delivered.filter((m) => m.payload.to.includes(to));
  const changesBy = async (to: string) =>
    (
      await kit.owner.sql<
        { n: number }[]
      >`select count(*)::int as n from audit_events where actor_email = ${to}`
    )[0]?.n;

  it('delivers, once, the e-mail of a change whose process died right after committing', async () => {
    const { database } = kit.platform;
    const signal = await changeThenDie(
      database.appUrl,
      database.ownerUrl,
      'after-commit',
      'after@example.be',
    );
    expect(signal).toBe('SIGKILL');
    expect(await changesBy('after@example.be')).toBe(1);
    await expect
      .poll(() => deliveredTo('after@example.be').length, { timeout: 15_000, interval: 250 })
      .toBe(1);
  }, 30_000);

  it('sends nothing for a change whose process died before committing', async () => {
    const { database } = kit.platform;
    const signal = await changeThenDie(
      database.appUrl,
      database.ownerUrl,
      'before-commit',
      'before@example.be',
    );
    expect(signal).toBe('SIGKILL');
    expect(await changesBy('before@example.be')).toBe(0);
    const [jobs] = await kit.owner.sql<{ n: number }[]>`
      select count(*)::int as n from pgboss.job where data->'mail'->>'to' = 'before@example.be'`;
    expect(jobs?.n).toBe(0);
    // Several polls of the worker later, still nothing.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(deliveredTo('before@example.be')).toEqual([]);
  }, 30_000);
});
