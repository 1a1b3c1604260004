import { coParentInvitations } from '@communa/db';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { CO_PARENT_PENDING_MAX } from './co-parent-rules.ts';

describe('co-parent invitations: bad input is a 4xx problem and writes nothing', () => {
  let kit: AuthTestKit;
  let parent: CitizenSession;
  let childId: string;
  const call = (who: CitizenSession, path: string, init: { method?: string; body?: unknown } = {}) =>
    kit.platform.app.request(`/v1/tenants/liege/me${path}`, {
      method: init.method ?? 'GET',
      headers: { ...kit.withBearer(who.token), 'content-type': 'application/json' },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  const invitationCount = async () =>
    (await kit.owner.db.select({ n: count() }).from(coParentInvitations))[0]?.n;

  beforeAll(async () => {
    kit = await startAuthTestKit();
    parent = await createCitizenSession(kit.owner.db, 'parent.errors@example.be');
    await call(parent, '/household', {
      method: 'PUT',
      body: { street: 'Rue Haute', number: '2', postalCode: '4000', city: 'Liège' },
    });
    const child = await call(parent, '/children', {
      method: 'POST',
      body: { firstName: 'Noé', lastName: 'X', birthDate: '2018-02-02' },
    });
    childId = ((await child.json()) as { id: string }).id;
  });
  afterAll(() => kit.close());

  it.each([
    ['an unknown field', { email: 'o@example.be', childIds: ['x'], extra: 1 }],
    ['no child', { email: 'o@example.be', childIds: [] }],
    ['a malformed child id', { email: 'o@example.be', childIds: ['42'] }],
    ['a malformed address', { email: 'other', childIds: [] }],
  ])('refuses %s', async (_, body) => {
    const before = await invitationCount();
    const res = await call(parent, '/co-parent-invitations', { method: 'POST', body });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await invitationCount()).toBe(before);
  });

  it('refuses the same child twice, a child of no household of mine, and myself', async () => {
    const twice = await call(parent, '/co-parent-invitations', {
      method: 'POST',
      body: { email: 'o@example.be', childIds: [childId, childId] },
    });
    expect(twice.status).toBe(400);
    const unknown = await call(parent, '/co-parent-invitations', {
      method: 'POST',
      body: { email: 'o@example.be', childIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'child_not_found' });
    const self = await call(parent, '/co-parent-invitations', {
      method: 'POST',
      body: { email: 'Parent.Errors@example.be', childIds: [childId] },
    });
    expect(self.status).toBe(409);
    expect(await self.json()).toMatchObject({ code: 'co_parent_same_household' });
  });

  it('needs a household to invite from and to accept into', async () => {
    const homeless = await createCitizenSession(kit.owner.db, 'no.household@example.be');
    const res = await call(homeless, '/co-parent-invitations', {
      method: 'POST',
      body: { email: 'o@example.be', childIds: [childId] },
    });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ code: 'household_required' });
    const invited = (await (
      await call(parent, '/co-parent-invitations', {
        method: 'POST',
        body: { email: 'no.household@example.be', childIds: [childId] },
      })
    ).json()) as { id: string };
    const accept = await call(homeless, `/co-parent-invitations/${invited.id}/accept`, { method: 'POST' });
    expect(accept.status).toBe(409);
    expect(await accept.json()).toMatchObject({ code: 'household_required' });
  });

  it('refuses a second pending invitation to the same address, and too many pending ones', async () => {
    const first = await call(parent, '/co-parent-invitations', {
      method: 'POST',
      body: { email: 'dup@example.be', childIds: [childId] },
    });
    expect(first.status).toBe(201);
    const dup = await call(parent, '/co-parent-invitations', {
      method: 'POST',
      body: { email: 'DUP@example.be', childIds: [childId] },
    });
    expect(dup.status).toBe(409);
    expect(await dup.json()).toMatchObject({ code: 'co_parent_already_invited' });
    for (let i = 0; i < CO_PARENT_PENDING_MAX; i += 1) {
      await call(parent, '/co-parent-invitations', {
        method: 'POST',
        body: { email: `many${i}@example.be`, childIds: [childId] },
      });
    }
    const before = await invitationCount();
    const over = await call(parent, '/co-parent-invitations', {
      method: 'POST',
      body: { email: 'one.more@example.be', childIds: [childId] },
    });
    expect(over.status).toBe(409);
    expect(await over.json()).toMatchObject({ code: 'co_parent_too_many_invitations' });
    expect(await invitationCount()).toBe(before);
  });

  it('answers an invitation only once', async () => {
    const other = await createCitizenSession(kit.owner.db, 'answer.once@example.be');
    await call(other, '/household', {
      method: 'PUT',
      body: { street: 'Rue Basse', number: '3', postalCode: '4000', city: 'Liège' },
    });
    const { sent } = (await (await call(parent, '/co-parent-invitations')).json()) as {
      sent: { id: string; email: string }[];
    };
    const mine = sent.find((i) => i.email === 'dup@example.be');
    expect(mine).toBeDefined();
    const fresh = await createCitizenSession(kit.owner.db, 'dup@example.be');
    await call(fresh, '/household', {
      method: 'PUT',
      body: { street: 'Rue Neuve', number: '4', postalCode: '4000', city: 'Liège' },
    });
    expect((await call(fresh, `/co-parent-invitations/${mine?.id}/accept`, { method: 'POST' })).status).toBe(
      200,
    );
    const again = await call(fresh, `/co-parent-invitations/${mine?.id}/accept`, { method: 'POST' });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'co_parent_invitation_closed' });
    expect((await call(parent, `/co-parent-invitations/${mine?.id}`, { method: 'DELETE' })).status).toBe(409);
  });
});
