import { auditEvents, invitations } from '@communa/db';
import { count } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PUBLIC_URL } from '../testing/offline-app.ts';
import { ensureStaffAccount } from './staff-accounts.ts';
import type { StaffTestKit } from './testing/staff-test-kit.ts';
import { startStaffTestKit } from './testing/staff-test-kit.ts';

describe('staff API: security', () => {
  let kit: StaffTestKit;

  beforeAll(async () => {
    kit = await startStaffTestKit();
  });
  afterAll(async () => {
    await kit.close();
  });

  it('grants each route to the roles that need it only', async () => {
    const agent = await kit.staff('agent@liege.example.be', 'liege', ['form-agent', 'event-reviewer']);
    for (const path of [
      '/v1/admin/tenants/liege/staff',
      '/v1/admin/tenants/liege/audit-log',
      '/v1/admin/tenants/liege/households',
    ]) {
      const res = await kit.admin(path, agent);
      expect(res.status, path).toBe(403);
      expect(await res.json()).toMatchObject({ code: 'forbidden' });
    }
    const animator = await kit.staff('animator@liege.example.be', 'liege', ['animator']);
    expect((await kit.admin('/v1/admin/tenants/liege/households', animator)).status).toBe(403);
    const invite = await kit.admin('/v1/admin/tenants/liege/staff/invitations', agent, {
      method: 'POST',
      body: { email: 'promote.me@example.be', roles: ['admin'] },
    });
    expect(invite.status).toBe(403);
  });

  it('asks roles that reach health data for a second factor on this session', async () => {
    const unverified = await kit.staff('manager.nototp@liege.example.be', 'liege', ['stage-manager'], {
      secondFactor: false,
    });
    const res = await kit.admin('/v1/admin/tenants/liege/households', unverified);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'second_factor_required' });
    const me = (await (await kit.admin('/v1/admin/me', unverified)).json()) as {
      communes: { needsSecondFactor: boolean }[];
    };
    expect(me.communes).toEqual([expect.objectContaining({ needsSecondFactor: true })]);

    const neverEnrolled = await kit.staff('admin.noapp@liege.example.be', 'liege', ['admin'], {
      twoFactorEnabled: false,
      secondFactor: false,
    });
    const staff = await kit.admin('/v1/admin/tenants/liege/staff', neverEnrolled);
    expect(await staff.json()).toMatchObject({ code: 'second_factor_enrolment_required' });
    // Roles without health data need no second factor.
    const reviewer = await kit.staff('reviewer@liege.example.be', 'liege', ['event-reviewer'], {
      secondFactor: false,
      twoFactorEnabled: false,
    });
    expect((await kit.admin('/v1/admin/me', reviewer)).status).toBe(200);
  });

  it('refuses a change that carries the cookie but comes from another site, and writes nothing', async () => {
    const admin = await kit.staff('admin.csrf@liege.example.be', 'liege', ['admin']);
    const before = (await kit.owner.db.select({ n: count() }).from(invitations))[0]?.n;
    for (const headers of [{ origin: 'https://evil.example' }, { origin: '' }]) {
      const res = await kit.admin('/v1/admin/tenants/liege/staff/invitations', admin, {
        method: 'POST',
        body: { email: 'forged@example.be', roles: ['admin'] },
        headers,
      });
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ code: 'cross_site_request' });
    }
    expect((await kit.owner.db.select({ n: count() }).from(invitations))[0]?.n).toBe(before);
    // Reading stays possible from a link (a GET carries no change).
    expect(
      (await kit.admin('/v1/admin/me', admin, { headers: { origin: 'https://evil.example' } })).status,
    ).toBe(200);
  });

  it('keeps better-auth’s own organization and sign-up routes closed', async () => {
    const admin = await kit.staff('admin.routes@liege.example.be', 'liege', ['admin']);
    for (const path of [
      '/organization/create',
      '/organization/invite-member',
      '/organization/update-member-role',
      '/organization/list',
    ]) {
      const res = await kit.admin(`/api/auth${path}`, admin, { method: 'POST', body: {} });
      expect(res.status, path).toBe(404);
    }
    const signUp = await kit.platform.app.request('/api/auth/sign-up/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: TEST_PUBLIC_URL },
      body: JSON.stringify({ email: 'self.made@example.be', password: 'a long enough password', name: 'Me' }),
    });
    expect(signUp.status).toBeGreaterThanOrEqual(400);
    expect(signUp.status).toBeLessThan(500);
  });

  it('mails a back-office code only to staff (or invited) addresses', async () => {
    await kit.staff('known.staff@liege.example.be', 'liege', ['form-agent']);
    const ask = (email: string, origin: string) =>
      kit.platform.app.request('/api/auth/email-otp/send-verification-otp', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ email, type: 'sign-in' }),
      });
    expect((await ask('known.staff@liege.example.be', TEST_PUBLIC_URL)).status).toBe(200);
    expect((await ask('nobody@example.be', TEST_PUBLIC_URL)).status).toBe(200);
    const mails = await kit.mailbox.list();
    expect(mails.some((m) => m.message.to === 'known.staff@liege.example.be')).toBe(true);
    expect(mails.some((m) => m.message.to === 'nobody@example.be')).toBe(false);
    // A widget (another origin) must still name its commune.
    const widget = await ask('known.staff@liege.example.be', 'http://demo.communa.test');
    expect(widget.status).toBe(400);
    expect(await widget.json()).toMatchObject({ code: 'tenant_required' });
  });

  it('answers a wrong password with a problem, and records no sign-in', async () => {
    await ensureStaffAccount(kit.platform.platform.auth, kit.owner.db, {
      tenantId: await kit.tenantId('liege'),
      email: 'password.holder@liege.example.be',
      name: 'Holder',
      roles: ['form-agent'],
      password: 'the right long password',
    });
    const before = (await kit.owner.db.select({ n: count() }).from(auditEvents))[0]?.n;
    const res = await kit.platform.app.request('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: TEST_PUBLIC_URL },
      body: JSON.stringify({ email: 'password.holder@liege.example.be', password: 'a wrong long password' }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await kit.owner.db.select({ n: count() }).from(auditEvents))[0]?.n).toBe(before);
  });

  it('keeps the audit log append-only for the application role', async () => {
    const admin = await kit.staff('admin.audit@liege.example.be', 'liege', ['admin']);
    expect((await kit.admin('/v1/admin/tenants/liege/households', admin)).status).toBe(200);
    const app = postgres(kit.platform.database.appUrl, { max: 1, onnotice: () => {} });
    try {
      const liege = await kit.tenantId('liege');
      await app.begin(async (tx) => {
        await tx`select set_config('app.tenant_id', ${liege}, true)`;
        const [row] = await tx<{ n: number }[]>`select count(*)::int as n from audit_events`;
        expect(row?.n).toBeGreaterThan(0);
      });
      for (const statement of [
        'update audit_events set action = $1',
        'delete from audit_events where action <> $1',
      ]) {
        await expect(
          app.begin(async (tx) => {
            await tx`select set_config('app.tenant_id', ${liege}, true)`;
            await tx.unsafe(statement, ['rewritten']);
          }),
        ).rejects.toThrow(/permission denied/);
      }
    } finally {
      await app.end();
    }
  });
});
