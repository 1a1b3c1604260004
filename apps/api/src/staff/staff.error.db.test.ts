import { invitations, members } from '@communa/db';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffSession } from './testing/create-staff-session.ts';
import type { StaffTestKit } from './testing/staff-test-kit.ts';
import { startStaffTestKit } from './testing/staff-test-kit.ts';

describe('staff API: bad input is a 4xx problem and changes nothing', () => {
  let kit: StaffTestKit;
  let admin: StaffSession;
  let liegeId: string;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    liegeId = await kit.tenantId('liege');
    admin = await kit.staff('only.admin@charleroi.example.be', 'charleroi', ['admin']);
    await kit.staff('admin@liege.example.be', 'liege', ['admin']);
  });
  afterAll(async () => {
    await kit.close();
  });

  const invitationCount = async () =>
    (await kit.owner.db.select({ n: count() }).from(invitations))[0]?.n ?? -1;
  const roleOf = async (memberId: string | undefined) =>
    (
      await kit.owner.db
        .select({ role: members.role })
        .from(members)
        .where(eq(members.id, memberId ?? ''))
    )[0]?.role;

  it.each([
    ['an unknown field', { email: 'a@example.be', roles: ['admin'], extra: true }, 'extra'],
    ['a malformed address', { email: 'not-an-address', roles: ['admin'] }, 'email'],
    ['no role', { email: 'a@example.be', roles: [] }, 'roles'],
    ['an unknown role', { email: 'a@example.be', roles: ['mayor'] }, 'roles.0'],
    ['a role of the wrong type', { email: 'a@example.be', roles: 'admin' }, 'roles'],
  ])('refuses an invitation with %s', async (_, body, path) => {
    const before = await invitationCount();
    const res = await kit.admin('/v1/admin/tenants/charleroi/staff/invitations', admin, {
      method: 'POST',
      body,
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as { code: string; errors: { path: string }[] };
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors.map((e) => e.path)).toContain(path);
    expect(await invitationCount()).toBe(before);
  });

  it('refuses malformed JSON', async () => {
    const res = await kit.platform.app.request('/v1/admin/tenants/charleroi/staff/invitations', {
      method: 'POST',
      headers: {
        cookie: admin.cookie,
        origin: 'http://api.communa.test',
        'content-type': 'application/json',
      },
      body: '{"email":',
    });
    expect(res.status).toBe(400);
  });

  it('refuses to invite someone already staff, or already invited', async () => {
    await kit.staff('already@charleroi.example.be', 'charleroi', ['form-agent']);
    const staff = await kit.admin('/v1/admin/tenants/charleroi/staff/invitations', admin, {
      method: 'POST',
      body: { email: 'Already@Charleroi.example.be', roles: ['animator'] },
    });
    expect(staff.status).toBe(409);
    expect(await staff.json()).toMatchObject({ code: 'already_staff' });

    const first = await kit.admin('/v1/admin/tenants/charleroi/staff/invitations', admin, {
      method: 'POST',
      body: { email: 'twice@example.be', roles: ['animator'] },
    });
    expect(first.status).toBe(201);
    const before = await invitationCount();
    const second = await kit.admin('/v1/admin/tenants/charleroi/staff/invitations', admin, {
      method: 'POST',
      body: { email: 'twice@example.be', roles: ['form-agent'] },
    });
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ code: 'already_invited' });
    expect(await invitationCount()).toBe(before);
  });

  it('keeps the last admin: neither demoted nor removed', async () => {
    const demote = await kit.admin(
      `/v1/admin/tenants/charleroi/staff/members/${admin.memberId}/roles`,
      admin,
      {
        method: 'PUT',
        body: { roles: ['form-agent'] },
      },
    );
    expect(demote.status).toBe(409);
    expect(await demote.json()).toMatchObject({ code: 'last_admin' });
    const remove = await kit.admin(`/v1/admin/tenants/charleroi/staff/members/${admin.memberId}`, admin, {
      method: 'DELETE',
    });
    expect(remove.status).toBe(409);
    expect(await roleOf(admin.memberId)).toBe('admin');
  });

  it('never leaves a commune without admin when two admins demote each other at once', async () => {
    const first = await kit.staff('first.admin@liege.example.be', 'liege', ['admin']);
    const second = await kit.staff('second.admin@liege.example.be', 'liege', ['admin']);
    const others = await kit.owner.db
      .select({ id: members.id, role: members.role })
      .from(members)
      .where(eq(members.organizationId, liegeId));
    // Leave exactly these two admins.
    for (const other of others) {
      if (other.id !== first.memberId && other.id !== second.memberId) {
        await kit.owner.db.update(members).set({ role: 'form-agent' }).where(eq(members.id, other.id));
      }
    }
    const [a, b] = await Promise.all([
      kit.admin(`/v1/admin/tenants/liege/staff/members/${second.memberId}/roles`, first, {
        method: 'PUT',
        body: { roles: ['form-agent'] },
      }),
      kit.admin(`/v1/admin/tenants/liege/staff/members/${first.memberId}/roles`, second, {
        method: 'PUT',
        body: { roles: ['form-agent'] },
      }),
    ]);
    // One wins; the other is refused as the last admin (409) or, if the first change landed before
    // its own permission check, as no longer an admin (403).
    const statuses = [a.status, b.status].sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const roles = [await roleOf(first.memberId), await roleOf(second.memberId)];
    expect(roles).toContain('admin');
  });

  it('answers 404 for a member or invitation that does not exist, 400 for a malformed id', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const member = await kit.admin(`/v1/admin/tenants/charleroi/staff/members/${missing}`, admin, {
      method: 'DELETE',
    });
    expect(member.status).toBe(404);
    expect(await member.json()).toMatchObject({ code: 'member_not_found' });
    const invitation = await kit.admin(`/v1/admin/tenants/charleroi/staff/invitations/${missing}`, admin, {
      method: 'DELETE',
    });
    expect(invitation.status).toBe(404);
    expect(await invitation.json()).toMatchObject({ code: 'invitation_not_found' });
    const malformed = await kit.admin('/v1/admin/tenants/charleroi/staff/members/42', admin, {
      method: 'DELETE',
    });
    expect(malformed.status).toBe(400);
  });

  it('refuses an audit-log cursor it did not write, and a limit out of range', async () => {
    const cursor = await kit.admin('/v1/admin/tenants/charleroi/audit-log?before=forged', admin);
    expect(cursor.status).toBe(400);
    expect(((await cursor.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('before');
    expect((await kit.admin('/v1/admin/tenants/charleroi/audit-log?limit=0', admin)).status).toBe(400);
    expect((await kit.admin('/v1/admin/tenants/charleroi/audit-log?limit=5000', admin)).status).toBe(400);
    expect((await kit.admin('/v1/admin/tenants/charleroi/audit-log?limit=5&page=2', admin)).status).toBe(400);
  });

  it('accepts an invitation once, and only for the address it was sent to', async () => {
    const invited = (await (
      await kit.admin('/v1/admin/tenants/charleroi/staff/invitations', admin, {
        method: 'POST',
        body: { email: 'invitee@example.be', roles: ['event-reviewer'] },
      })
    ).json()) as { id: string };
    const stranger = await kit.staff('stranger@example.be', undefined, undefined);
    const stolen = await kit.admin(`/v1/admin/invitations/${invited.id}/accept`, stranger, {
      method: 'POST',
    });
    expect(stolen.status).toBe(404);
    const invitee = await kit.staff('invitee@example.be', undefined, undefined);
    expect(
      (await kit.admin(`/v1/admin/invitations/${invited.id}/accept`, invitee, { method: 'POST' })).status,
    ).toBe(200);
    const again = await kit.admin(`/v1/admin/invitations/${invited.id}/accept`, invitee, { method: 'POST' });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'invitation_closed' });
  });
});
