import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';

describe('co-parent invitations: security', () => {
  let kit: AuthTestKit;
  let parent: CitizenSession;
  let stranger: CitizenSession;
  let invitationId: string;
  let childId: string;
  const call = (
    who: CitizenSession,
    tenant: string,
    path: string,
    init: { method?: string; body?: unknown } = {},
  ) =>
    kit.platform.app.request(`/v1/tenants/${tenant}/me${path}`, {
      method: init.method ?? 'GET',
      headers: { ...kit.withBearer(who.token), 'content-type': 'application/json' },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });

  beforeAll(async () => {
    kit = await startAuthTestKit();
    parent = await createCitizenSession(kit.owner.db, 'parent.sec@example.be');
    stranger = await createCitizenSession(kit.owner.db, 'stranger.sec@example.be');
    await call(parent, 'liege', '/household', {
      method: 'PUT',
      body: { street: 'Rue A', number: '1', postalCode: '4000', city: 'Liège' },
    });
    await call(stranger, 'liege', '/household', {
      method: 'PUT',
      body: { street: 'Rue B', number: '2', postalCode: '4000', city: 'Liège' },
    });
    const child = await call(parent, 'liege', '/children', {
      method: 'POST',
      body: { firstName: 'Secret', lastName: 'Child', birthDate: '2018-02-02' },
    });
    childId = ((await child.json()) as { id: string }).id;
    const invited = await call(parent, 'liege', '/co-parent-invitations', {
      method: 'POST',
      body: { email: 'the.other.parent@example.be', childIds: [childId] },
    });
    invitationId = ((await invited.json()) as { id: string }).id;
  });
  afterAll(() => kit.close());

  it('lets nobody but the invited address accept, and shows it to nobody else', async () => {
    const stolen = await call(stranger, 'liege', `/co-parent-invitations/${invitationId}/accept`, {
      method: 'POST',
    });
    expect(stolen.status).toBe(404);
    const household = await (await call(stranger, 'liege', '/household')).text();
    expect(household).not.toContain('Secret');
    const list = await (await call(stranger, 'liege', '/co-parent-invitations')).text();
    expect(list).not.toContain(invitationId);
    expect(
      (await call(stranger, 'liege', `/co-parent-invitations/${invitationId}`, { method: 'DELETE' })).status,
    ).toBe(404);
  });

  it('cannot share another household’s child', async () => {
    const res = await call(stranger, 'liege', '/co-parent-invitations', {
      method: 'POST',
      body: { email: 'accomplice@example.be', childIds: [childId] },
    });
    expect(res.status).toBe(404);
  });

  it('keeps each commune’s invitations to itself, even for the invited address', async () => {
    const other = await createCitizenSession(kit.owner.db, 'the.other.parent@example.be');
    await call(other, 'herstal', '/household', {
      method: 'PUT',
      body: { street: 'Rue C', number: '3', postalCode: '4040', city: 'Herstal' },
    });
    const there = await call(other, 'herstal', `/co-parent-invitations/${invitationId}/accept`, {
      method: 'POST',
    });
    expect(there.status).toBe(404);
    const list = (await (await call(other, 'herstal', '/co-parent-invitations')).json()) as {
      received: unknown[];
    };
    expect(list.received).toEqual([]);
  });

  it('requires a signed-in citizen', async () => {
    const res = await kit.platform.app.request('/v1/tenants/liege/me/co-parent-invitations');
    expect(res.status).toBe(401);
  });
});
