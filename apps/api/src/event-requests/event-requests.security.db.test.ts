import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { eventRequestListSchema, eventRequestSchema } from './event-request-schemas.ts';
import { countEventRequestRows, eventRequestClient, partyRequest } from './testing/event-request-fixtures.ts';

describe('event requests belong to their requester and commune', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let sophie: CitizenSession;
  let tom: CitizenSession;
  let liege: ReturnType<typeof eventRequestClient>;
  let herstal: ReturnType<typeof eventRequestClient>;
  let requestId: string;

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    liege = eventRequestClient(kit);
    herstal = eventRequestClient(kit, 'herstal');
    sophie = await createCitizenSession(kit.owner.db, 'sophie.martin@example.be');
    tom = await createCitizenSession(kit.owner.db, 'tom.janssens@example.be');
    const res = await liege.create(sophie, partyRequest(40));
    requestId = eventRequestSchema.parse(await res.json()).id;
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('needs a session on every route', async () => {
    const calls = [
      liege.request(undefined, ''),
      liege.create(undefined, partyRequest()),
      liege.request(undefined, `/${requestId}`),
      liege.request(undefined, `/${requestId}`, 'PUT', partyRequest()),
      liege.submit(undefined, requestId),
      liege.withdraw(undefined, requestId),
    ];
    for (const res of await Promise.all(calls)) expect(res.status).toBe(401);
  });

  it('shows, changes, submits or withdraws nobody else’s request, nor one of another commune', async () => {
    const before = await countEventRequestRows(owner);
    for (const client of [liege, herstal]) {
      const who = client === liege ? tom : sophie;
      const calls = [
        client.request(who, `/${requestId}`),
        client.request(who, `/${requestId}`, 'PUT', partyRequest()),
        client.submit(who, requestId),
        client.withdraw(who, requestId),
      ];
      for (const res of await Promise.all(calls)) expect(res.status).toBe(404);
    }
    expect(await countEventRequestRows(owner)).toEqual(before);
    const tomsList = eventRequestListSchema.parse(await (await liege.request(tom, '')).json());
    expect(tomsList.requests).toEqual([]);
    const herstalList = eventRequestListSchema.parse(await (await herstal.request(sophie, '')).json());
    expect(herstalList.requests).toEqual([]);
    const [row] = await owner<
      { status: string }[]
    >`select status from event_requests where id = ${requestId}`;
    expect(row?.status).toBe('draft');
  });
});
