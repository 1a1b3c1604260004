import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeResendServer } from '../notifications/testing/fake-resend-server.ts';
import { problemSchema } from '../problems/problem.ts';
import type { AuthTestKit, ResendTestKit } from './testing/auth-test-kit.ts';
import { startAuthTestKit, startResendTestKit } from './testing/auth-test-kit.ts';
import { createCitizenSession } from './testing/create-citizen-session.ts';

async function problemOf(res: Response) {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return problemSchema.parse(await res.json());
}

describe('citizen sign-in failures', () => {
  let kit: AuthTestKit;
  beforeAll(async () => {
    kit = await startAuthTestKit();
  });
  afterAll(async () => {
    await kit.close();
  });

  it('refuses a profile language that is none of fr, nl, de, en, and keeps the one set', async () => {
    const { token } = await createCitizenSession(kit.owner.db, 'lang@example.be', { language: 'nl' });
    const update = (language: unknown) =>
      kit.platform.app.request('/api/auth/update-user', {
        method: 'POST',
        headers: { ...kit.withBearer(token), 'content-type': 'application/json' },
        body: JSON.stringify({ language }),
      });
    const res = await update('klingon');
    expect(res.status).toBe(400);
    expect((await problemOf(res)).code).toBe('invalid_language');
    const [row] = await kit.owner.sql<
      { language: string }[]
    >`select language from users where email = 'lang@example.be'`;
    expect(row?.language).toBe('nl');
    expect((await update('de')).status).toBe(200);
  });

  it('refuses a code used once already', async () => {
    await kit.sendCode('dirk@example.be');
    const code = await kit.codeMailedTo('dirk@example.be');
    expect((await kit.signIn('dirk@example.be', code)).status).toBe(200);
    const again = await kit.signIn('dirk@example.be', code);
    expect(again.status).toBe(400);
    expect((await problemOf(again)).code).toBe('sign_in_code_invalid');
    expect(again.headers.get('set-auth-token')).toBeNull();
  });

  it('refuses an expired code', async () => {
    await kit.sendCode('eva@example.be');
    const code = await kit.codeMailedTo('eva@example.be');
    await kit.owner.sql`
      update verifications set expires_at = now() - interval '1 second'
      where identifier = 'sign-in-otp-eva@example.be'`;
    const res = await kit.signIn('eva@example.be', code);
    expect(res.status).toBe(400);
    expect((await problemOf(res)).code).toBe('sign_in_code_expired');
  });

  it('gives codes ten minutes', async () => {
    await kit.sendCode('fien@example.be');
    const [row] = await kit.owner.sql`
      select extract(epoch from expires_at - now()) as seconds from verifications
      where identifier = 'sign-in-otp-fien@example.be'`;
    expect(Number(row?.seconds)).toBeGreaterThan(590);
    expect(Number(row?.seconds)).toBeLessThanOrEqual(600);
  });

  it('locks the code after five wrong ones, even the right one then fails', async () => {
    await kit.sendCode('gust@example.be');
    const code = await kit.codeMailedTo('gust@example.be');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const res = await kit.signIn('gust@example.be', wrong);
      expect((await problemOf(res)).code).toBe('sign_in_code_invalid');
    }
    const locked = await kit.signIn('gust@example.be', code);
    expect(locked.status).toBe(403);
    expect((await problemOf(locked)).code).toBe('sign_in_code_locked');
    expect((await kit.signIn('gust@example.be', code)).status).toBe(400);
  });

  it('answers 404 for an unknown commune and mails nothing', async () => {
    const res = await kit.sendCode('hilde@example.be', { tenant: 'atlantis' });
    expect(res.status).toBe(404);
    expect((await problemOf(res)).code).toBe('tenant_not_found');
    expect((await kit.mailbox.list()).some((m) => m.message.to === 'hilde@example.be')).toBe(false);
  });

  it('asks which commune when the widget does not say', async () => {
    const res = await kit.platform.app.request('/api/auth/email-otp/send-verification-otp', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ilse@example.be', type: 'sign-in' }),
    });
    expect(res.status).toBe(400);
    expect((await problemOf(res)).code).toBe('tenant_required');
  });

  it('accepts only sign-in codes, for a valid address, with no other field', async () => {
    const send = (body: unknown) =>
      kit.platform.app.request('/api/auth/email-otp/send-verification-otp', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-communa-tenant': 'liege' },
        body: JSON.stringify(body),
      });
    const wrongType = await problemOf(await send({ email: 'jan@example.be', type: 'forget-password' }));
    expect(wrongType.errors?.map((e) => e.path)).toEqual(['type']);
    const badAddress = await problemOf(await send({ email: 'not-an-address', type: 'sign-in' }));
    expect(badAddress.errors?.map((e) => e.path)).toEqual(['email']);
    const extra = await problemOf(await send({ email: 'jan@example.be', type: 'sign-in', admin: true }));
    expect(extra.errors?.map((e) => e.code)).toEqual(['unknown_field']);
  });

  it('keeps a citizen’s chosen language and nothing else it does not know', async () => {
    await kit.sendCode('karel@example.be');
    await kit.signIn('karel@example.be', await kit.codeMailedTo('karel@example.be'), { language: 'de' });
    await kit.sendCode('lena@example.be');
    await kit.signIn('lena@example.be', await kit.codeMailedTo('lena@example.be'), { language: 'klingon' });
    const rows = await kit.owner.sql`
      select email, language from users where email in ('karel@example.be', 'lena@example.be') order by email`;
    expect(rows.map((r) => [r.email, r.language])).toEqual([
      ['karel@example.be', 'de'],
      ['lena@example.be', null],
    ]);
  });
});

describe('citizen sign-in when the mail provider fails', () => {
  let kit: ResendTestKit;
  let resend: FakeResendServer;
  beforeAll(async () => {
    kit = await startResendTestKit();
    resend = kit.resend;
  });
  afterAll(() => kit.close());
  const deliveredTo = (address: string) =>
    resend.delivered.some((mail) => [mail.payload.to].flat().includes(address));

  it('delivers the code through Resend when it works', async () => {
    expect((await kit.sendCode('ruth@example.be', { tenant: 'charleroi' })).status).toBe(200);
    expect(resend.delivered.map((mail) => mail.payload.to)).toContainEqual(
      expect.stringContaining('ruth@example.be'),
    );
  });

  it('answers as usual when Resend fails, so the answer tells nothing; a new request sends again', async () => {
    resend.failNext(500);
    const failed = await kit.sendCode('sam@example.be');
    expect(failed.status).toBe(200);
    expect(deliveredTo('sam@example.be')).toBe(false);
    expect((await kit.sendCode('sam@example.be')).status).toBe(200);
    expect(deliveredTo('sam@example.be')).toBe(true);
  });
});
