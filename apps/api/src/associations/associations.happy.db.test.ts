import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { eventRequestListSchema, eventRequestSchema } from '../event-requests/event-request-schemas.ts';
import { eventRequestClient, partyRequest } from '../event-requests/testing/event-request-fixtures.ts';
import { associationListSchema, associationSchema, receivedInvitationSchema } from './association-schemas.ts';
import { associationClient, committee, invitationToken } from './testing/association-fixtures.ts';

describe('associations: details kept, members invited, requests shared', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let claire: CitizenSession;
  let marc: CitizenSession;
  let clients: ReturnType<typeof associationClient>;
  let requests: ReturnType<typeof eventRequestClient>;
  let associationId: string;

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    clients = associationClient(kit);
    requests = eventRequestClient(kit);
    claire = await createCitizenSession(kit.owner.db, 'claire.renard@example.be', { name: 'Claire Renard' });
    marc = await createCitizenSession(kit.owner.db, 'marc.peeters@example.be', {
      name: 'Marc Peeters',
      language: 'nl',
    });
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('registers an association with its checked details; its creator owns it', async () => {
    const res = await clients.create(claire, committee());
    expect(res.status).toBe(201);
    const association = associationSchema.parse(await res.json());
    expect(association).toMatchObject({
      name: 'Comité de quartier Saint-Gilles',
      companyNumber: '0403.170.701',
      myRole: 'owner',
      address: { street: 'Rue Saint-Gilles', number: '12', box: null, postalCode: '4000', country: 'BE' },
      contact: { name: 'Claire Renard', email: 'comite@example.be', phone: '+32470123456' },
      members: [{ email: 'claire.renard@example.be', role: 'owner' }],
      invitations: [],
    });
    associationId = association.id;
    const list = associationListSchema.parse(await (await clients.request(claire, '/associations')).json());
    expect(list.associations).toEqual([
      { id: associationId, name: association.name, companyNumber: '0403.170.701', myRole: 'owner' },
    ]);
  });

  it('invites a member by e-mail in their language, who accepts signed in with that address', async () => {
    const invited = await clients.invite(claire, associationId, 'Marc.Peeters@example.be');
    expect(invited.status).toBe(201);
    expect(associationSchema.parse(await invited.json()).invitations).toEqual([
      expect.objectContaining({ email: 'marc.peeters@example.be', role: 'member', status: 'pending' }),
    ]);
    const token = await invitationToken(kit, 'marc.peeters@example.be');
    const mail = (await kit.mailbox.list()).find((m) => m.message.to === 'marc.peeters@example.be');
    expect(mail?.message.subject).toContain('Stad Luik');
    expect(mail?.message.text).toContain('Comité de quartier Saint-Gilles');
    expect(mail?.message.text).toContain('https://www.liege.be/?communa-association-invitation=');
    // Only the hash is kept.
    const stored = await owner<{ token_hash: string }[]>`select token_hash from association_invitations`;
    expect(stored.map((row) => row.token_hash)).not.toContain(token);

    const seen = await clients.answer(marc, 'lookup', token);
    expect(seen.status).toBe(200);
    expect(receivedInvitationSchema.parse(await seen.json())).toMatchObject({
      association: { id: associationId, name: 'Comité de quartier Saint-Gilles' },
      invitedBy: { name: 'Claire Renard', email: 'claire.renard@example.be' },
      role: 'member',
    });
    const accepted = await clients.answer(marc, 'acceptance', token);
    expect(accepted.status).toBe(200);
    const joined = associationSchema.parse(await accepted.json());
    expect(joined.myRole).toBe('member');
    expect(joined.invitations).toEqual([]);
    expect(joined.members.map((m) => [m.email, m.role])).toEqual([
      ['claire.renard@example.be', 'owner'],
      ['marc.peeters@example.be', 'member'],
    ]);
    const claires = associationSchema.parse(
      await (await clients.request(claire, `/associations/${associationId}`)).json(),
    );
    expect(claires.invitations[0]?.status).toBe('accepted');
  });

  it('shares the association’s drafts and requests with every member', async () => {
    const created = await requests.create(claire, partyRequest(40, { associationId }));
    expect(created.status).toBe(201);
    const draft = eventRequestSchema.parse(await created.json());
    expect(draft.association).toEqual({
      id: associationId,
      name: 'Comité de quartier Saint-Gilles',
      companyNumber: '0403.170.701',
    });
    const marcsList = eventRequestListSchema.parse(await (await requests.request(marc, '')).json());
    expect(marcsList.requests.map((r) => [r.id, r.association?.id])).toEqual([[draft.id, associationId]]);

    // Marc attaches the documents; Claire, a member too, may submit them.
    const edited = await requests.update(
      marc,
      draft.id,
      partyRequest(40, { associationId, title: 'Fête Saint-Gilles' }),
    );
    expect(edited.status).toBe(200);
    const mine = eventRequestSchema.parse(await (await requests.request(claire, `/${draft.id}`)).json());
    expect(mine.title).toBe('Fête Saint-Gilles');
    // The consent text of the answers is French: Claire, who reads French, submits; Marc withdraws.
    expect((await requests.submit(claire, draft.id)).status).toBe(200);
    const withdrawn = await requests.withdraw(marc, draft.id);
    expect(eventRequestSchema.parse(await withdrawn.json()).status).toBe('withdrawn');
  });

  it('lets a member correct the details, owners change roles, and members leave', async () => {
    const corrected = await clients.request(
      marc,
      `/associations/${associationId}`,
      'PUT',
      committee({ name: 'Comité Saint-Gilles asbl', companyNumber: null }),
    );
    expect(corrected.status).toBe(200);
    expect(associationSchema.parse(await corrected.json())).toMatchObject({
      name: 'Comité Saint-Gilles asbl',
      companyNumber: null,
    });
    // Kept for the next request: the draft shows the current details.
    const list = eventRequestListSchema.parse(await (await requests.request(claire, '')).json());
    expect(list.requests[0]?.association?.name).toBe('Comité Saint-Gilles asbl');

    const promoted = await clients.request(
      claire,
      `/associations/${associationId}/members/${marc.userId}`,
      'PATCH',
      {
        role: 'owner',
      },
    );
    expect(promoted.status).toBe(200);
    const left = await clients.request(
      claire,
      `/associations/${associationId}/members/${claire.userId}`,
      'DELETE',
    );
    expect(left.status).toBe(204);
    const claireList = associationListSchema.parse(
      await (await clients.request(claire, '/associations')).json(),
    );
    expect(claireList.associations).toEqual([]);
    // Her own request stays hers; the association keeps it too.
    expect(
      eventRequestListSchema.parse(await (await requests.request(claire, '')).json()).requests,
    ).toHaveLength(1);
    expect(
      eventRequestListSchema.parse(await (await requests.request(marc, '')).json()).requests,
    ).toHaveLength(1);
  });

  it('lets an owner cancel an invitation and the invited person decline one', async () => {
    const ines = await createCitizenSession(kit.owner.db, 'ines@example.be');
    expect((await clients.invite(marc, associationId, 'ines@example.be')).status).toBe(201);
    const first = await invitationToken(kit, 'ines@example.be', 1);
    const sent = associationSchema.parse(
      await (await clients.request(marc, `/associations/${associationId}`)).json(),
    );
    const pending = sent.invitations.find((i) => i.email === 'ines@example.be');
    const cancelled = await clients.request(
      marc,
      `/associations/${associationId}/invitations/${pending?.id}`,
      'DELETE',
    );
    expect(cancelled.status).toBe(204);
    expect((await clients.answer(ines, 'acceptance', first)).status).toBe(409);

    expect((await clients.invite(marc, associationId, 'ines@example.be', 'owner')).status).toBe(201);
    const second = await invitationToken(kit, 'ines@example.be', 2);
    expect((await clients.answer(ines, 'decline', second)).status).toBe(204);
    const after = associationSchema.parse(
      await (await clients.request(marc, `/associations/${associationId}`)).json(),
    );
    expect(after.invitations.map((i) => i.status)).toEqual(['declined', 'cancelled', 'accepted']);
    expect(after.members.map((m) => m.email)).toEqual(['marc.peeters@example.be']);
  });
});
