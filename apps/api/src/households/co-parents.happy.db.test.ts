import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';

interface Household {
  id: string;
  city: string;
  children: { id: string; firstName: string; lastName: string }[];
}
interface Invitation {
  id: string;
  email: string;
  status: string;
  invitedBy: { email: string };
  children: { firstName: string }[];
}

// Separated parents: one child record, reachable from both parents' households.
describe('co-parents share their children', () => {
  let kit: AuthTestKit;
  let mother: CitizenSession;
  let father: CitizenSession;
  const call = (who: CitizenSession, path: string, init: { method?: string; body?: unknown } = {}) =>
    kit.platform.app.request(`/v1/tenants/liege/me${path}`, {
      method: init.method ?? 'GET',
      headers: { ...kit.withBearer(who.token), 'content-type': 'application/json' },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });

  beforeAll(async () => {
    kit = await startAuthTestKit();
    mother = await createCitizenSession(kit.owner.db, 'mother@example.be', {
      name: 'Marie Dupont',
      language: 'nl',
    });
    father = await createCitizenSession(kit.owner.db, 'Father@Example.be', { name: 'Paul Martin' });
    await call(mother, '/household', {
      method: 'PUT',
      body: { street: 'Rue Léopold', number: '1', postalCode: '4000', city: 'Liège' },
    });
    await call(father, '/household', {
      method: 'PUT',
      body: { street: 'Quai de Rome', number: '9', postalCode: '4020', city: 'Liège' },
    });
  });
  afterAll(() => kit.close());

  it('invites the other parent, who accepts and then sees the same children at their own address', async () => {
    const zoe = (await (
      await call(mother, '/children', {
        method: 'POST',
        body: { firstName: 'Zoé', lastName: 'Martin', birthDate: '2017-03-02' },
      })
    ).json()) as { id: string };
    const tom = (await (
      await call(mother, '/children', {
        method: 'POST',
        body: { firstName: 'Tom', lastName: 'Martin', birthDate: '2019-11-20' },
      })
    ).json()) as { id: string };
    await call(mother, '/children', {
      method: 'POST',
      body: { firstName: 'Léa', lastName: 'Dupont', birthDate: '2021-01-05' },
    });

    const invited = await call(mother, '/co-parent-invitations', {
      method: 'POST',
      body: { email: 'father@example.be', childIds: [zoe.id, tom.id] },
    });
    expect(invited.status).toBe(201);
    const invitation = (await invited.json()) as Invitation;
    expect(invitation).toMatchObject({
      email: 'father@example.be',
      status: 'pending',
      invitedBy: { email: 'mother@example.be' },
      children: [{ firstName: 'Zoé' }, { firstName: 'Tom' }],
    });
    // Mailed in the inviting parent's language, as a commune of Liège.
    // Mailed by a job once the invitation committed.
    const mailTo = async () => (await kit.mailbox.list()).find((m) => m.message.to === 'father@example.be');
    await expect.poll(mailTo, { timeout: 10_000 }).toBeDefined();
    const mail = await mailTo();
    expect(mail?.message.subject).toContain('Stad Luik');
    expect(mail?.message.text).toContain('Zoé en Tom');

    const waiting = (await (await call(father, '/co-parent-invitations')).json()) as {
      received: Invitation[];
      sent: Invitation[];
    };
    expect(waiting.received.map((i) => i.id)).toEqual([invitation.id]);
    expect(waiting.sent).toEqual([]);

    const accepted = await call(father, `/co-parent-invitations/${invitation.id}/accept`, { method: 'POST' });
    expect(accepted.status).toBe(200);
    const fathers = (await accepted.json()) as Household;
    expect(fathers.children.map((c) => c.firstName)).toEqual(['Zoé', 'Tom']);
    const mothers = (await (await call(mother, '/household')).json()) as Household;
    expect(mothers.children.map((c) => c.id)).toEqual(
      expect.arrayContaining(fathers.children.map((c) => c.id)),
    );
    expect(mothers.children).toHaveLength(3);

    // One record: the father's correction is what the mother sees.
    const patched = await call(father, `/children/${zoe.id}`, {
      method: 'PATCH',
      body: { firstName: 'Zoé-Anne' },
    });
    expect(patched.status).toBe(200);
    const again = (await (await call(mother, '/household')).json()) as Household;
    expect(again.children.map((c) => c.firstName)).toContain('Zoé-Anne');

    // Removing a shared child from one household keeps it in the other.
    expect((await call(father, `/children/${tom.id}`, { method: 'DELETE' })).status).toBe(204);
    const kept = (await (await call(mother, '/household')).json()) as Household;
    expect(kept.children.map((c) => c.firstName)).toContain('Tom');

    const sent = (await (await call(mother, '/co-parent-invitations')).json()) as { sent: Invitation[] };
    expect(sent.sent).toEqual([expect.objectContaining({ id: invitation.id, status: 'accepted' })]);
  });

  it('lets the inviting parent cancel, and the invited parent decline', async () => {
    const child = (await (await call(mother, '/household')).json()) as Household;
    const first = child.children[0]?.id ?? '';
    const toCancel = (await (
      await call(mother, '/co-parent-invitations', {
        method: 'POST',
        body: { email: 'someone@example.be', childIds: [first] },
      })
    ).json()) as Invitation;
    expect((await call(mother, `/co-parent-invitations/${toCancel.id}`, { method: 'DELETE' })).status).toBe(
      204,
    );

    const toDecline = (await (
      await call(mother, '/co-parent-invitations', {
        method: 'POST',
        body: { email: 'father@example.be', childIds: [first] },
      })
    ).json()) as Invitation;
    expect((await call(father, `/co-parent-invitations/${toDecline.id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    const list = (await (await call(mother, '/co-parent-invitations')).json()) as { sent: Invitation[] };
    const statuses = Object.fromEntries(list.sent.map((i) => [i.id, i.status]));
    expect(statuses[toCancel.id]).toBe('cancelled');
    expect(statuses[toDecline.id]).toBe('declined');
  });
});
