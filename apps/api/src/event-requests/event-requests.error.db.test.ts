import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { CitizenSession } from '../auth/testing/create-citizen-session.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';
import { daysFromNow, seedEventRequest } from '../events/testing/event-fixtures.ts';
import { problemSchema } from '../problems/problem.ts';
import { eventRequestSchema } from './event-request-schemas.ts';
import { countEventRequestRows, eventRequestClient, partyRequest } from './testing/event-request-fixtures.ts';

describe('event requests refused', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let luc: CitizenSession;
  let client: ReturnType<typeof eventRequestClient>;

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    client = eventRequestClient(kit);
    luc = await createCitizenSession(kit.owner.db, 'luc.dumont@example.be', { language: 'fr' });
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  const draft = async (body: unknown) => {
    const res = await client.create(luc, body);
    expect(res.status).toBe(201);
    return eventRequestSchema.parse(await res.json());
  };
  const problem = async (res: Response, status: number, code: string) => {
    expect(res.status).toBe(status);
    const body = problemSchema.parse(await res.json());
    expect(body.code).toBe(code);
    return body;
  };

  it('answers bad drafts with a 4xx problem and writes nothing', async () => {
    const before = await countEventRequestRows(owner);
    const cases: [unknown, number, string][] = [
      ['{', 400, 'malformed_body'],
      [{ ...partyRequest(), title: '' }, 400, 'validation_failed'],
      [{ ...partyRequest(), extra: 1 }, 400, 'validation_failed'],
      [{ ...partyRequest(), startsAt: 'tomorrow' }, 400, 'validation_failed'],
      [
        { ...partyRequest(), address: { street: 'X', number: '1', postalCode: '4000', city: 'Liège' } },
        400,
        'validation_failed',
      ],
      [
        {
          ...partyRequest(),
          equipment: [
            { key: 'tables', quantity: 1 },
            { key: 'tables', quantity: 2 },
          ],
        },
        400,
        'validation_failed',
      ],
      [{ ...partyRequest(), equipment: [{ key: 'tables', quantity: 0 }] }, 400, 'validation_failed'],
      [partyRequest(40, { type: 'rave-party' }), 422, 'event_type_unknown'],
      [partyRequest(40, { place: 'place-charles-ii' }), 422, 'event_place_unknown'],
      [partyRequest(40, { equipment: [{ key: 'helicopter', quantity: 1 }] }), 422, 'event_equipment_unknown'],
      [partyRequest(40, { endsAt: daysFromNow(39).toISOString() }), 422, 'event_dates_invalid'],
      [partyRequest(-2), 422, 'event_dates_invalid'],
      [partyRequest(900), 422, 'event_dates_invalid'],
    ];
    for (const [body, status, code] of cases) await problem(await client.create(luc, body), status, code);
    expect(await countEventRequestRows(owner)).toEqual(before);
  });

  it('refuses a submission inside the lead time, with the earliest day, and changes nothing', async () => {
    const request = await draft(partyRequest(10, { place: 'place-cockerill' }));
    const before = await countEventRequestRows(owner);
    const body = await problem(await client.submit(luc, request.id), 422, 'event_request_refused');
    expect(body.errors).toEqual([expect.objectContaining({ path: 'startsAt', code: 'lead_time' })]);
    expect(body.errors?.[0]?.message).toContain('30 days');
    expect(await countEventRequestRows(owner)).toEqual(before);
  });

  it('refuses a place already held, equipment short and wrong answers, every reason at once', async () => {
    await seedEventRequest(owner, {
      tenant: 'liege',
      type: 'concert',
      title: 'Concert',
      status: 'approved',
      startsAt: daysFromNow(60, 10),
      endsAt: daysFromNow(60, 23),
      place: 'halles-des-foires',
      equipment: { podium: 2 },
    });
    const request = await draft(
      partyRequest(60, {
        place: 'halles-des-foires',
        equipment: [{ key: 'podium', quantity: 1 }],
        answers: { programme: 'Fête' },
      }),
    );
    const body = await problem(await client.submit(luc, request.id), 422, 'event_request_refused');
    const codes = body.errors?.map((error) => `${error.path}:${error.code}`) ?? [];
    expect(codes).toEqual(
      expect.arrayContaining([
        'place:place_taken',
        'equipment.podium:equipment_short',
        'answers.contactPhone:required',
      ]),
    );
    expect(codes.some((code) => code.startsWith('startsAt'))).toBe(false);
    const [row] = await owner<
      { status: string }[]
    >`select status from event_requests where id = ${request.id}`;
    expect(row?.status).toBe('draft');
  });

  it('never promises the place twice when two submissions race', async () => {
    const [a, b] = [
      await draft(partyRequest(70, { place: 'place-saint-lambert' })),
      await draft(partyRequest(70, { place: 'place-saint-lambert' })),
    ];
    if (!a || !b) throw new Error('no drafts');
    const statuses = (await Promise.all([client.submit(luc, a.id), client.submit(luc, b.id)])).map(
      (res) => res.status,
    );
    expect(statuses.sort()).toEqual([200, 422]);
  });

  it('keeps a submitted request from being edited or submitted again, and a decided one from being withdrawn', async () => {
    const request = await draft(partyRequest(80, { place: 'parc-de-la-boverie' }));
    expect((await client.submit(luc, request.id)).status).toBe(200);
    await problem(
      await client.request(luc, `/${request.id}`, 'PUT', partyRequest(81)),
      409,
      'event_request_not_editable',
    );
    await problem(await client.submit(luc, request.id), 409, 'event_request_not_submittable');
    await owner`update event_requests set status = 'approved' where id = ${request.id}`;
    const before = await countEventRequestRows(owner);
    await problem(await client.withdraw(luc, request.id), 409, 'event_request_not_withdrawable');
    expect(await countEventRequestRows(owner)).toEqual(before);
    await problem(
      await client.withdraw(luc, request.id, { comment: 'x'.repeat(2001) }),
      400,
      'validation_failed',
    );
  });
});
