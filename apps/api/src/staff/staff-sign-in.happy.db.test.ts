import { TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PUBLIC_URL } from '../testing/offline-app.ts';
import { ensureStaffAccount } from './staff-accounts.ts';
import type { StaffTestKit } from './testing/staff-test-kit.ts';
import { startStaffTestKit } from './testing/staff-test-kit.ts';

const PASSWORD = 'a long enough password';

interface Me {
  twoFactorEnabled: boolean;
  secondFactorVerified: boolean;
  communes: { slug: string; needsSecondFactor: boolean }[];
}

// A stage manager (a role that reaches health data) signs in with a password, is made to set up an
// authenticator app, then signs in again with password and TOTP: all through better-auth's routes.
describe('staff sign-in with a password and a TOTP second factor', () => {
  let kit: StaffTestKit;
  let totp: TOTP;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    await ensureStaffAccount(kit.platform.platform.auth, kit.owner.db, {
      tenantId: await kit.tenantId('liege'),
      email: 'manager.totp@liege.example.be',
      name: 'Manager',
      roles: ['stage-manager'],
      password: PASSWORD,
    });
  });
  afterAll(async () => {
    await kit.close();
  });

  const auth = (path: string, body: unknown, cookie?: string) =>
    kit.platform.app.request(`/api/auth${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: TEST_PUBLIC_URL,
        'x-forwarded-for': '203.0.113.9',
        ...(cookie ? { cookie } : {}),
      },
      body: JSON.stringify(body),
    });
  const cookieOf = (res: Response, name: string) =>
    res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0] ?? '')
      .find((c) => c.startsWith(`${name}=`) && !c.endsWith('='));
  const me = async (cookie: string) => (await (await kit.admin('/v1/admin/me', { cookie })).json()) as Me;

  it('enrols a TOTP factor on first sign-in, then asks for it on every password sign-in', async () => {
    const first = await auth('/sign-in/email', {
      email: 'manager.totp@liege.example.be',
      password: PASSWORD,
    });
    expect(first.status).toBe(200);
    const cookie = cookieOf(first, 'better-auth.session_token');
    expect(cookie).toBeDefined();
    expect(first.headers.getSetCookie().join(';')).toMatch(/SameSite=Strict/i);
    const before = await me(cookie ?? '');
    expect(before).toMatchObject({
      twoFactorEnabled: false,
      communes: [{ slug: 'liege', needsSecondFactor: true }],
    });
    const blocked = await kit.admin('/v1/admin/tenants/liege/households', { cookie: cookie ?? '' });
    expect(blocked.status).toBe(403);
    expect(await blocked.json()).toMatchObject({ code: 'second_factor_enrolment_required' });

    const enabled = await auth('/two-factor/enable', { password: PASSWORD }, cookie);
    expect(enabled.status).toBe(200);
    const { totpURI, backupCodes } = (await enabled.json()) as { totpURI: string; backupCodes: string[] };
    expect(backupCodes.length).toBeGreaterThan(0);
    totp = new TOTP({ secret: new URL(totpURI).searchParams.get('secret') ?? '' });
    const verified = await auth('/two-factor/verify-totp', { code: totp.generate() }, cookie);
    expect(verified.status).toBe(200);
    const enrolledCookie = cookieOf(verified, 'better-auth.session_token') ?? '';
    expect(await me(enrolledCookie)).toMatchObject({
      twoFactorEnabled: true,
      secondFactorVerified: true,
      communes: [{ slug: 'liege', needsSecondFactor: false }],
    });
    expect((await kit.admin('/v1/admin/tenants/liege/households', { cookie: enrolledCookie })).status).toBe(
      200,
    );

    const again = await auth('/sign-in/email', {
      email: 'manager.totp@liege.example.be',
      password: PASSWORD,
    });
    expect(await again.json()).toMatchObject({ twoFactorRedirect: true });
    expect(cookieOf(again, 'better-auth.session_token')).toBeUndefined();
    const challenge = cookieOf(again, 'better-auth.two_factor') ?? '';
    const wrong = await auth('/two-factor/verify-totp', { code: '000000' }, challenge);
    expect(wrong.status).toBe(401);
    const passed = await auth('/two-factor/verify-totp', { code: totp.generate() }, challenge);
    expect(passed.status).toBe(200);
    const session = cookieOf(passed, 'better-auth.session_token') ?? '';
    expect(await me(session)).toMatchObject({ secondFactorVerified: true });

    // Colleagues behind one town-hall address: a burst of checks is not refused per address.
    const burst = [];
    for (let i = 0; i < 6; i += 1)
      burst.push((await auth('/two-factor/verify-totp', { code: '000000' }, session)).status);
    expect(burst).toEqual([401, 401, 401, 401, 401, 401]);
    expect((await auth('/two-factor/verify-totp', { code: totp.generate() }, session)).status).toBe(200);

    const admin = await kit.staff('admin.log@liege.example.be', 'liege', ['admin']);
    const log = (await (await kit.admin('/v1/admin/tenants/liege/audit-log', admin)).json()) as {
      events: { action: string; actorEmail: string; ip: string }[];
    };
    const mine = log.events.filter((e) => e.actorEmail === 'manager.totp@liege.example.be');
    expect(mine.map((e) => e.action)).toEqual([
      'staff.signed_in',
      'households.listed',
      'staff.second_factor_enrolled',
      'staff.signed_in',
    ]);
    expect(mine[0]?.ip).toBe('203.0.113.9');
  });
});
