import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResendTestKit } from '../auth/testing/auth-test-kit.ts';
import { startResendTestKit } from '../auth/testing/auth-test-kit.ts';
import type { Family } from './testing/enrolment-fixtures.ts';
import { createFamilies, openSessionNow } from './testing/enrolment-fixtures.ts';
import { enrolInTurn, enrolmentsOf, everythingWritten } from './testing/offer-fixtures.ts';

const script = fileURLToPath(new URL('./testing/cancel-then-die.ts', import.meta.url));

/** Cancels in another process, killed with SIGKILL just before or just after its commit. */
function cancelThenDie(
  appUrl: string,
  moment: 'before-commit' | 'after-commit',
  holder: Family,
  enrolmentId: string,
): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', script, appUrl, moment, 'liege', holder.householdId, enrolmentId],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    child.once('error', reject);
    child.once('exit', (_code, signal) => resolve(signal));
  });
}

// The offer, its e-mail and its expiry job are one transaction with the cancellation: a crash after
// the commit loses none of them (this process's workers deliver the e-mail, once), a crash before it
// leaves no trace.
describe('a cancellation whose process dies', () => {
  let kit: ResendTestKit;
  let owner: postgres.Sql;
  let prefix = 0;

  const fixture = async (session: string) => {
    const sessionId = await openSessionNow(owner, {
      tenant: 'liege',
      stage: 'multisports',
      session,
      capacity: 1,
    });
    const families = await createFamilies(owner, {
      tenant: 'liege',
      count: 2,
      birthDate: '2020-03-01',
      prefix: `crash${++prefix}`,
    });
    const [holder, waiting] = families as [Family, Family];
    const [held, offered] = (await enrolInTurn(kit, sessionId, families)) as [string, string];
    return { sessionId, holder, waiting, held, offered };
  };
  const offersTo = (to: string) =>
    kit.resend.delivered.filter(
      (m) => m.payload.to.includes(to) && m.idempotencyKey?.startsWith('stage-offer/'),
    );

  beforeAll(async () => {
    kit = await startResendTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('keeps the offer, its e-mail (delivered once) and its expiry job when the process dies after committing', async () => {
    const { sessionId, holder, waiting, held, offered } = await fixture('semaine-27-6-8-ans');
    expect(await cancelThenDie(kit.platform.database.appUrl, 'after-commit', holder, held)).toBe('SIGKILL');
    expect((await enrolmentsOf(owner, sessionId)).map((row) => row.status)).toEqual(['cancelled', 'offered']);
    const [job] = await owner<{ n: number }[]>`
      select count(*)::int as n from pgboss.job where name = 'stage-offer-expiry' and data->>'enrolmentId' = ${offered}`;
    expect(job?.n).toBe(1);
    await expect.poll(() => offersTo(waiting.email).length, { timeout: 15_000, interval: 250 }).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(offersTo(waiting.email)).toHaveLength(1);
  }, 30_000);

  it('leaves nothing behind, and sends nothing, when the process dies before committing', async () => {
    const { holder, waiting, held } = await fixture('semaine-28-6-8-ans');
    const before = await everythingWritten(owner);
    expect(await cancelThenDie(kit.platform.database.appUrl, 'before-commit', holder, held)).toBe('SIGKILL');
    expect(await everythingWritten(owner)).toEqual(before);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(offersTo(waiting.email)).toEqual([]);
  }, 30_000);
});
