import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResendTestKit } from '../auth/testing/auth-test-kit.ts';
import { startResendTestKit } from '../auth/testing/auth-test-kit.ts';
import { renderNotice } from '../notifications/templates/notice.ts';
import { tenantMailBrand } from '../notifications/tenant-mail.ts';
import type { FakeResendServer } from '../notifications/testing/fake-resend-server.ts';
import { enqueueMail } from './mail-jobs.ts';

/** drizzle wraps the database's error; its cause says what PostgreSQL refused. */
function causeOf(error: unknown): string {
  return error instanceof Error ? String(error.cause ?? error.message) : `no error: ${String(error)}`;
}

// E-mails are jobs enqueued in the business transaction: sent if and only if it commits, retried on
// a provider failure, delivered once thanks to the idempotency key.
describe('mail jobs on pg-boss', () => {
  let kit: ResendTestKit;
  let resend: FakeResendServer;
  beforeAll(async () => {
    kit = await startResendTestKit();
    resend = kit.resend;
  });
  afterAll(() => kit.close());

  async function notice(to: string, key: string) {
    const tenant = await kit.platform.platform.tenants.resolve('liege');
    if (!tenant) throw new Error('no demo commune liege');
    return {
      to,
      idempotencyKey: key,
      content: renderNotice(tenantMailBrand(tenant, 'fr'), { title: 'Avis', paragraphs: [key] }),
    };
  }

  const deliveredTo = (to: string) => resend.delivered.filter((m) => m.payload.to.includes(to));

  it('sends a mail whose transaction commits, and never one whose transaction rolls back', async () => {
    const { db, jobs } = kit.platform.platform;
    const failed = await db
      .transaction(async (tx) => {
        await enqueueMail(jobs, tx, 'liege', await notice('rolled.back@example.be', 'test/rolled-back'));
        await tx.execute(sql`select 1 / 0`);
      })
      .catch((error: unknown) => error);
    expect(causeOf(failed)).toMatch(/division by zero/);
    await db.transaction(async (tx) => {
      await enqueueMail(jobs, tx, 'liege', await notice('committed@example.be', 'test/committed'));
    });
    await expect.poll(() => deliveredTo('committed@example.be').length, { timeout: 10_000 }).toBe(1);
    const [queued] = await kit.owner.sql<{ n: number }[]>`
      select count(*)::int as n from pgboss.job where data->'mail'->>'to' = 'rolled.back@example.be'`;
    expect(queued?.n).toBe(0);
    expect(deliveredTo('rolled.back@example.be')).toEqual([]);
  });

  it('retries after a provider failure and delivers the mail once', async () => {
    resend.failNext(500, 1);
    const { db, jobs } = kit.platform.platform;
    await db.transaction(async (tx) => {
      await enqueueMail(jobs, tx, 'liege', await notice('retried@example.be', 'test/retried'));
    });
    await expect
      .poll(() => deliveredTo('retried@example.be').length, { timeout: 25_000, interval: 500 })
      .toBe(1);
    const attempts = resend.requests.filter((r) => r.idempotencyKey === 'test/retried');
    expect(attempts.length).toBeGreaterThanOrEqual(2);
  }, 30_000);

  it('lets the application role send jobs but not change the queues', async () => {
    const app = kit.platform.platform.db;
    const created = await app
      .execute(sql`select pgboss.create_queue('forged', '{}'::json)`)
      .catch((e: unknown) => e);
    expect(causeOf(created)).toMatch(/permission denied|must be owner/);
    const dropped = await app.execute(sql`drop table pgboss.job`).catch((e: unknown) => e);
    expect(causeOf(dropped)).toMatch(/must be owner/);
  });
});
