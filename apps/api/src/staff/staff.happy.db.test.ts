import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { TEST_PUBLIC_URL } from '../testing/offline-app.ts';
import type { StaffTestKit } from './testing/staff-test-kit.ts';
import { startStaffTestKit } from './testing/staff-test-kit.ts';

interface Me {
  user: { email: string };
  communes: { slug: string; roles: string[]; needsSecondFactor: boolean; source: string }[];
}
interface StaffList {
  members: { id: string; email: string; roles: string[] }[];
  invitations: { id: string; email: string; roles: string[] }[];
}
interface AuditPage {
  events: { action: string; actorEmail: string | null; ip: string | null; targetId: string | null }[];
  nextCursor: string | null;
}

describe('staff API: happy paths', () => {
  let kit: StaffTestKit;

  beforeAll(async () => {
    kit = await startStaffTestKit();
  });
  afterAll(async () => {
    await kit.close();
  });

  it('tells a person which communes they are staff of, with their roles', async () => {
    const person = await kit.staff('two.communes@example.be', 'liege', ['stage-manager', 'animator']);
    await kit.staff('two.communes@example.be', 'herstal', ['form-agent']);
    const res = await kit.admin('/v1/admin/me', person);
    expect(res.status).toBe(200);
    const me = (await res.json()) as Me;
    expect(me.user.email).toBe('two.communes@example.be');
    expect(me.communes).toEqual([
      expect.objectContaining({
        slug: 'herstal',
        roles: ['form-agent'],
        needsSecondFactor: false,
        source: 'admin',
      }),
      expect.objectContaining({
        slug: 'liege',
        roles: ['stage-manager', 'animator'],
        needsSecondFactor: false,
      }),
    ]);
  });

  it('lets an admin invite someone, who signs in with a back-office code and joins with those roles', async () => {
    const admin = await kit.staff('admin.one@liege.example.be', 'liege', ['admin']);
    const invited = await kit.admin('/v1/admin/tenants/liege/staff/invitations', admin, {
      method: 'POST',
      body: { email: 'New.Colleague@Example.be', roles: ['form-agent', 'event-reviewer'] },
    });
    expect(invited.status).toBe(201);
    const invitation = (await invited.json()) as { id: string; email: string; roles: string[] };
    expect(invitation).toMatchObject({
      email: 'new.colleague@example.be',
      roles: ['event-reviewer', 'form-agent'],
    });

    const mail = (await kit.mailbox.list()).find((m) => m.message.to === 'new.colleague@example.be');
    expect(mail?.message.subject).toContain('Liège');
    expect(mail?.message.text).toContain(`/admin/invitations/${invitation.id}`);

    const list = (await (await kit.admin('/v1/admin/tenants/liege/staff', admin)).json()) as StaffList;
    expect(list.invitations.map((i) => i.email)).toContain('new.colleague@example.be');

    // The invitee asks for a code from the back-office (its own origin, no commune named).
    const sent = await kit.platform.app.request('/api/auth/email-otp/send-verification-otp', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: TEST_PUBLIC_URL },
      body: JSON.stringify({ email: 'new.colleague@example.be', type: 'sign-in' }),
    });
    expect(sent.status).toBe(200);
    const signedIn = await kit.signIn(
      'new.colleague@example.be',
      await kit.codeMailedTo('new.colleague@example.be'),
    );
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(cookie).toMatch(/^better-auth\.session_token=/);

    const view = await kit.admin(`/v1/admin/invitations/${invitation.id}`, { cookie });
    expect(view.status).toBe(200);
    expect(await view.json()).toMatchObject({ tenant: { slug: 'liege' }, status: 'pending' });
    const accepted = await kit.admin(
      `/v1/admin/invitations/${invitation.id}/accept`,
      { cookie },
      { method: 'POST' },
    );
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ slug: 'liege' });

    const me = (await (await kit.admin('/v1/admin/me', { cookie })).json()) as Me;
    expect(me.communes).toEqual([
      expect.objectContaining({ slug: 'liege', roles: ['event-reviewer', 'form-agent'] }),
    ]);
    const after = (await (await kit.admin('/v1/admin/tenants/liege/staff', admin)).json()) as StaffList;
    expect(after.members.map((m) => m.email)).toContain('new.colleague@example.be');
    expect(after.invitations.map((i) => i.email)).not.toContain('new.colleague@example.be');
  });

  it('changes roles and removes access, and records every step in the audit log, newest first', async () => {
    const admin = await kit.staff('admin.two@liege.example.be', 'liege', ['admin']);
    const colleague = await kit.staff('colleague@liege.example.be', 'liege', ['form-agent']);
    const changed = await kit.admin(
      `/v1/admin/tenants/liege/staff/members/${colleague.memberId}/roles`,
      admin,
      {
        method: 'PUT',
        body: { roles: ['event-decider', 'form-agent'] },
      },
    );
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({
      email: 'colleague@liege.example.be',
      roles: ['event-decider', 'form-agent'],
    });

    const removed = await kit.admin(`/v1/admin/tenants/liege/staff/members/${colleague.memberId}`, admin, {
      method: 'DELETE',
    });
    expect(removed.status).toBe(204);
    expect((await kit.admin('/v1/admin/tenants/liege/audit-log', colleague)).status).toBe(404);

    const page = (await (
      await kit.admin('/v1/admin/tenants/liege/audit-log?limit=2', admin)
    ).json()) as AuditPage;
    expect(page.events.map((e) => e.action)).toEqual(['staff.removed', 'staff.roles_changed']);
    expect(page.events[0]).toMatchObject({
      actorEmail: 'admin.two@liege.example.be',
      ip: '203.0.113.7',
      targetId: colleague.userId,
    });
    expect(page.nextCursor).not.toBeNull();
    const next = (await (
      await kit.admin(`/v1/admin/tenants/liege/audit-log?limit=50&before=${page.nextCursor}`, admin)
    ).json()) as AuditPage;
    expect(next.events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['staff.invited', 'staff.joined']),
    );
    expect(next.events.map((e) => e.action)).not.toContain('staff.removed');
  });

  it('cancels a pending invitation', async () => {
    const admin = await kit.staff('admin.three@liege.example.be', 'liege', ['admin']);
    const invited = (await (
      await kit.admin('/v1/admin/tenants/liege/staff/invitations', admin, {
        method: 'POST',
        body: { email: 'changed.mind@example.be', roles: ['animator'] },
      })
    ).json()) as { id: string };
    const cancelled = await kit.admin(`/v1/admin/tenants/liege/staff/invitations/${invited.id}`, admin, {
      method: 'DELETE',
    });
    expect(cancelled.status).toBe(204);
    const list = (await (await kit.admin('/v1/admin/tenants/liege/staff', admin)).json()) as StaffList;
    expect(list.invitations.map((i) => i.email)).not.toContain('changed.mind@example.be');
  });

  it('shows a stage manager the commune’s families, and records that read', async () => {
    const parent = await createCitizenSession(kit.owner.db, 'family@example.be', { name: 'A Parent' });
    const put = await kit.platform.app.request('/v1/tenants/liege/me/household', {
      method: 'PUT',
      headers: { ...kit.withBearer(parent.token), 'content-type': 'application/json' },
      body: JSON.stringify({ street: 'Rue Léopold', number: '3', postalCode: '4000', city: 'Liège' }),
    });
    expect(put.status).toBe(200);
    const child = await kit.platform.app.request('/v1/tenants/liege/me/children', {
      method: 'POST',
      headers: { ...kit.withBearer(parent.token), 'content-type': 'application/json' },
      body: JSON.stringify({ firstName: 'Zoé', lastName: 'Parent', birthDate: '2017-03-02' }),
    });
    expect(child.status).toBe(201);

    const manager = await kit.staff('manager@liege.example.be', 'liege', ['stage-manager']);
    const res = await kit.admin('/v1/admin/tenants/liege/households', manager);
    expect(res.status).toBe(200);
    const { households } = (await res.json()) as {
      households: {
        city: string;
        residency: string;
        members: { email: string }[];
        children: { firstName: string }[];
      }[];
    };
    expect(households).toEqual([
      expect.objectContaining({
        city: 'Liège',
        residency: 'declared_resident',
        members: [{ email: 'family@example.be', name: 'A Parent' }],
        children: [expect.objectContaining({ firstName: 'Zoé', birthDate: '2017-03-02' })],
      }),
    ]);
    const admin = await kit.staff('admin.four@liege.example.be', 'liege', ['admin']);
    const log = (await (
      await kit.admin('/v1/admin/tenants/liege/audit-log?limit=1', admin)
    ).json()) as AuditPage;
    expect(log.events[0]).toMatchObject({
      action: 'households.listed',
      actorEmail: 'manager@liege.example.be',
    });
  });
});
