import { verifications } from '@communa/db';
import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit, ResendTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit, startResendTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import type { FakeResendServer } from '../notifications/testing/fake-resend-server.ts';
import { problemSchema } from '../problems/problem.ts';

const ask = (kit: AuthTestKit, token: string | undefined, tenant = 'liege') =>
  kit.platform.app.request(`/v1/tenants/${tenant}/me/erasure-request`, {
    method: 'POST',
    headers: token === undefined ? {} : kit.withBearer(token),
  });
const problemOf = async (res: Response) => {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return problemSchema.parse(await res.json());
};

describe('asking a commune to erase my data: refusals', () => {
  let kit: AuthTestKit;
  let citizen: CitizenSession;
  const mailsToDpo = async () => (await kit.mailbox.list()).filter((m) => m.message.to === 'dpo@liege.be');

  beforeAll(async () => {
    kit = await startAuthTestKit();
    citizen = await createCitizenSession(kit.owner.db, 'twice@example.be');
  });
  afterAll(() => kit.close());

  it('answers a second request within 24 hours with 429 erasure_already_requested and mails nothing more', async () => {
    expect((await ask(kit, citizen.token)).status).toBe(202);
    const again = await ask(kit, citizen.token);
    expect(again.status).toBe(429);
    expect((await problemOf(again)).code).toBe('erasure_already_requested');
    const wait = Number(again.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(23 * 3600);
    expect(wait).toBeLessThanOrEqual(24 * 3600);
    expect(await mailsToDpo()).toHaveLength(1);
  });

  it('records one request when two arrive at once (a double click)', async () => {
    const other = await createCitizenSession(kit.owner.db, 'double@example.be');
    const answers = await Promise.all([ask(kit, other.token), ask(kit, other.token)]);
    expect(answers.map((r) => r.status).sort()).toEqual([202, 429]);
    const mails = (await mailsToDpo()).filter((m) => m.message.text.includes(other.userId));
    expect(mails).toHaveLength(1);
  });

  it('accepts a new request once the 24 hours are over', async () => {
    const late = await createCitizenSession(kit.owner.db, 'later@example.be');
    expect((await ask(kit, late.token)).status).toBe(202);
    await kit.owner.db
      .update(verifications)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(like(verifications.identifier, `erasure-request:%:${late.userId}`));
    expect((await ask(kit, late.token)).status).toBe(202);
  });

  it('answers 401 without a session or with an unknown one, recording nothing', async () => {
    for (const token of [undefined, 'not-a-session']) {
      const res = await ask(kit, token);
      expect(res.status).toBe(401);
      expect((await problemOf(res)).code).toBe('unauthorized');
    }
  });

  it('answers 404 for an unknown commune', async () => {
    const res = await ask(kit, citizen.token, 'nowhere');
    expect(res.status).toBe(404);
    expect((await problemOf(res)).code).toBe('tenant_not_found');
  });
});

describe('asking for erasure when the mail provider fails', () => {
  let kit: ResendTestKit;
  let resend: FakeResendServer;
  beforeAll(async () => {
    kit = await startResendTestKit();
    resend = kit.resend;
  });
  afterAll(() => kit.close());

  it('answers 503 and records nothing, so asking again works', async () => {
    const citizen = await createCitizenSession(kit.owner.db, 'unlucky@example.be');
    resend.failNext(500, 10);
    const failed = await ask(kit, citizen.token);
    expect(failed.status).toBe(503);
    expect((await problemOf(failed)).code).toBe('erasure_request_not_delivered');
    expect(resend.delivered).toHaveLength(0);
    resend.reset();
    expect((await ask(kit, citizen.token)).status).toBe(202);
    expect(resend.delivered.flatMap((m) => m.payload.to)).toEqual(['dpo@liege.be', 'unlucky@example.be']);
  });
});
