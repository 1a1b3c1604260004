import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { eventRequestClient, partyRequest } from '../event-requests/testing/event-request-fixtures.ts';
import { problemSchema } from '../problems/problem.ts';
import { associationSchema } from './association-schemas.ts';
import {
  associationClient,
  committee,
  countAssociationRows,
  invitationToken,
} from './testing/association-fixtures.ts';

describe('associations: bad input is refused and writes nothing', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let anna: CitizenSession;
  let bert: CitizenSession;
  let clients: ReturnType<typeof associationClient>;
  let associationId: string;

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    clients = associationClient(kit);
    anna = await createCitizenSession(kit.owner.db, 'anna@example.be');
    bert = await createCitizenSession(kit.owner.db, 'bert@example.be');
    associationId = associationSchema.parse(await (await clients.create(anna, committee())).json()).id;
    await clients.invite(anna, associationId, 'bert@example.be');
    await clients.answer(bert, 'acceptance', await invitationToken(kit, 'bert@example.be'));
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('names each wrong detail: company number checksum, Belgian postal code, phone', async () => {
    const before = await countAssociationRows(owner);
    const res = await clients.create(
      anna,
      committee({
        companyNumber: '0403.170.702',
        address: { street: 'Rue X', number: '1', postalCode: '99999', city: 'Liège' },
        contact: { name: 'Anna', email: 'anna@example.be', phone: 'abc' },
      }),
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = problemSchema.parse(await res.json());
    expect(problem.code).toBe('association_details_invalid');
    expect(problem.errors?.map((e) => [e.path, e.code])).toEqual([
      ['companyNumber', 'company_number_checksum'],
      ['address.postalCode', expect.any(String)],
      ['contact.phone', expect.any(String)],
    ]);
    const edit = await clients.request(
      bert,
      `/associations/${associationId}`,
      'PUT',
      committee({ companyNumber: '2403170701' }),
    );
    expect(problemSchema.parse(await edit.json()).errors?.[0]).toMatchObject({
      path: 'companyNumber',
      code: 'company_number_format',
    });
    expect(await countAssociationRows(owner)).toEqual(before);
  });

  it('refuses malformed bodies and ids as 400', async () => {
    const before = await countAssociationRows(owner);
    const bodies = [
      committee({ name: '' }),
      committee({ unknown: true }),
      committee({ contact: { name: 'A', email: 'not-an-email' } }),
      { name: 'Only a name' },
      'not json',
    ];
    for (const body of bodies) expect((await clients.create(anna, body)).status).toBe(400);
    expect((await clients.request(anna, '/associations/not-a-uuid')).status).toBe(400);
    expect((await clients.invite(anna, associationId, 'nobody')).status).toBe(400);
    expect((await clients.invite(anna, associationId, 'x@example.be', 'admin')).status).toBe(400);
    expect((await clients.answer(anna, 'acceptance', 'short')).status).toBe(400);
    expect(await countAssociationRows(owner)).toEqual(before);
  });

  it('keeps membership changes to owners and never leaves an association without one', async () => {
    const before = await countAssociationRows(owner);
    const expectProblem = async (res: Response, status: number, code: string) => {
      expect(res.status).toBe(status);
      expect(problemSchema.parse(await res.json()).code).toBe(code);
    };
    await expectProblem(
      await clients.invite(bert, associationId, 'x@example.be'),
      403,
      'association_owner_required',
    );
    await expectProblem(
      await clients.request(bert, `/associations/${associationId}/members/${anna.userId}`, 'DELETE'),
      403,
      'association_owner_required',
    );
    await expectProblem(
      await clients.request(bert, `/associations/${associationId}/members/${bert.userId}`, 'PATCH', {
        role: 'owner',
      }),
      403,
      'association_owner_required',
    );
    await expectProblem(
      await clients.request(anna, `/associations/${associationId}/members/${anna.userId}`, 'DELETE'),
      409,
      'association_last_owner',
    );
    await expectProblem(
      await clients.request(anna, `/associations/${associationId}/members/${anna.userId}`, 'PATCH', {
        role: 'member',
      }),
      409,
      'association_last_owner',
    );
    await expectProblem(
      await clients.request(anna, `/associations/${associationId}/members/${crypto.randomUUID()}`, 'DELETE'),
      404,
      'association_member_not_found',
    );
    await expectProblem(
      await clients.invite(anna, associationId, 'BERT@example.be'),
      409,
      'association_already_member',
    );
    expect(await countAssociationRows(owner)).toEqual(before);
  });

  it('answers an invitation once, only for its address, and refuses a second pending one', async () => {
    expect((await clients.invite(anna, associationId, 'carla@example.be')).status).toBe(201);
    const again = await clients.invite(anna, associationId, 'carla@example.be');
    expect(problemSchema.parse(await again.json()).code).toBe('association_already_invited');
    const token = await invitationToken(kit, 'carla@example.be');
    const wrong = await clients.answer(bert, 'acceptance', token);
    expect(problemSchema.parse(await wrong.json()).code).toBe('association_invitation_not_found');
    const carla = await createCitizenSession(kit.owner.db, 'carla@example.be');
    expect((await clients.answer(carla, 'acceptance', token)).status).toBe(200);
    const twice = await clients.answer(carla, 'decline', token);
    expect(twice.status).toBe(409);
    expect(problemSchema.parse(await twice.json()).code).toBe('association_invitation_closed');
    const unknown = await clients.answer(carla, 'lookup', 'A'.repeat(43));
    expect(unknown.status).toBe(404);
  });

  it('refuses an event request on behalf of an association one does not belong to', async () => {
    const stranger = await createCitizenSession(kit.owner.db, 'stranger@example.be');
    const before = await countAssociationRows(owner);
    const res = await eventRequestClient(kit).create(stranger, partyRequest(40, { associationId }));
    expect(res.status).toBe(404);
    expect(problemSchema.parse(await res.json()).code).toBe('association_not_found');
    const bad = await eventRequestClient(kit).create(stranger, partyRequest(40, { associationId: 'nope' }));
    expect(bad.status).toBe(400);
    expect(await countAssociationRows(owner)).toEqual(before);
  });
});
