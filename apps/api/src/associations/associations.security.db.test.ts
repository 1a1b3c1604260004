import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { eventRequestListSchema, eventRequestSchema } from '../event-requests/event-request-schemas.ts';
import { eventRequestClient, partyRequest } from '../event-requests/testing/event-request-fixtures.ts';
import { associationListSchema, associationSchema } from './association-schemas.ts';
import {
  associationClient,
  committee,
  countAssociationRows,
  invitationToken,
} from './testing/association-fixtures.ts';

describe('associations and their requests belong to their members and commune', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let lea: CitizenSession;
  let member: CitizenSession;
  let outsider: CitizenSession;
  let liege: ReturnType<typeof associationClient>;
  let herstal: ReturnType<typeof associationClient>;
  let associationId: string;
  let requestId: string;

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    liege = associationClient(kit);
    herstal = associationClient(kit, 'herstal');
    lea = await createCitizenSession(kit.owner.db, 'lea@example.be');
    member = await createCitizenSession(kit.owner.db, 'member@example.be');
    outsider = await createCitizenSession(kit.owner.db, 'outsider@example.be');
    associationId = associationSchema.parse(await (await liege.create(lea, committee())).json()).id;
    await liege.invite(lea, associationId, 'member@example.be');
    await liege.answer(member, 'acceptance', await invitationToken(kit, 'member@example.be'));
    const draft = await eventRequestClient(kit).create(lea, partyRequest(40, { associationId }));
    requestId = eventRequestSchema.parse(await draft.json()).id;
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('needs a session on every route', async () => {
    const calls = [
      liege.request(undefined, '/associations'),
      liege.create(undefined, committee()),
      liege.request(undefined, `/associations/${associationId}`),
      liege.request(undefined, `/associations/${associationId}`, 'PUT', committee()),
      liege.invite(undefined, associationId, 'x@example.be'),
      liege.request(undefined, `/associations/${associationId}/members/${lea.userId}`, 'DELETE'),
      liege.answer(undefined, 'acceptance', 'A'.repeat(43)),
    ];
    for (const res of await Promise.all(calls)) expect(res.status).toBe(401);
  });

  it('shows, changes or manages nobody else’s association, in this commune or another', async () => {
    const before = await countAssociationRows(owner);
    const cases: [ReturnType<typeof associationClient>, CitizenSession][] = [
      [liege, outsider],
      [herstal, lea],
      [herstal, member],
    ];
    for (const [client, who] of cases) {
      const calls = [
        client.request(who, `/associations/${associationId}`),
        client.request(who, `/associations/${associationId}`, 'PUT', committee({ name: 'Hijacked' })),
        client.invite(who, associationId, 'accomplice@example.be'),
        client.request(who, `/associations/${associationId}/members/${lea.userId}`, 'DELETE'),
        client.request(who, `/associations/${associationId}/members/${who.userId}`, 'PATCH', {
          role: 'owner',
        }),
      ];
      for (const res of await Promise.all(calls)) expect(res.status).toBe(404);
      const list = associationListSchema.parse(await (await client.request(who, '/associations')).json());
      expect(list.associations).toEqual([]);
    }
    expect(await countAssociationRows(owner)).toEqual(before);
    const [row] = await owner<{ name: string }[]>`select name from associations where id = ${associationId}`;
    expect(row?.name).toBe('Comité de quartier Saint-Gilles');
  });

  it('never shows an association’s requests to a non-member, nor in another commune', async () => {
    const before = await countAssociationRows(owner);
    const cases = [
      { client: eventRequestClient(kit), who: outsider },
      { client: eventRequestClient(kit, 'herstal'), who: member },
    ];
    for (const { client, who } of cases) {
      const calls = [
        client.request(who, `/${requestId}`),
        client.request(who, `/${requestId}`, 'PUT', partyRequest(40)),
        client.submit(who, requestId),
        client.withdraw(who, requestId),
      ];
      for (const res of await Promise.all(calls)) expect(res.status).toBe(404);
      const list = eventRequestListSchema.parse(await (await client.request(who, '')).json());
      expect(list.requests).toEqual([]);
    }
    // Not even by claiming the association in a draft of one's own.
    const claimed = await eventRequestClient(kit).create(outsider, partyRequest(40, { associationId }));
    expect(claimed.status).toBe(404);
    expect(await countAssociationRows(owner)).toEqual(before);
  });

  it('takes the association’s requests away from a removed member', async () => {
    const requests = eventRequestClient(kit);
    expect((await requests.request(member, `/${requestId}`)).status).toBe(200);
    const removed = await liege.request(
      lea,
      `/associations/${associationId}/members/${member.userId}`,
      'DELETE',
    );
    expect(removed.status).toBe(204);
    expect((await requests.request(member, `/${requestId}`)).status).toBe(404);
    const list = eventRequestListSchema.parse(await (await requests.request(member, '')).json());
    expect(list.requests).toEqual([]);
  });

  it('answers an invitation token only in its commune and for its address', async () => {
    await liege.invite(lea, associationId, 'outsider@example.be');
    const token = await invitationToken(kit, 'outsider@example.be');
    expect((await herstal.answer(outsider, 'lookup', token)).status).toBe(404);
    expect((await herstal.answer(outsider, 'acceptance', token)).status).toBe(404);
    expect((await liege.answer(member, 'acceptance', token)).status).toBe(404);
    const [row] = await owner<{ status: string }[]>`
      select status from association_invitations where email = 'outsider@example.be'`;
    expect(row?.status).toBe('pending');
  });
});
