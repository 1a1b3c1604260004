import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../problems/problem.ts';
import type { TestPlatform } from '../testing/test-platform.ts';
import { startTestPlatform } from '../testing/test-platform.ts';
import { availabilitySchema, eventCalendarSchema } from './event-schemas.ts';
import { daysFromNow, seedEventRequest } from './testing/event-fixtures.ts';

describe('public event routes: isolation between communes', () => {
  let t: TestPlatform;
  let owner: postgres.Sql;
  const day = 100;
  beforeAll(async () => {
    t = await startTestPlatform();
    owner = postgres(t.database.ownerUrl, { max: 1, onnotice: () => {} });
    // Herstal's approved public concert borrows its only podium; Liège has two of its own.
    await seedEventRequest(owner, {
      tenant: 'herstal',
      type: 'concert',
      title: 'Concert place Licourt',
      status: 'approved',
      public: true,
      startsAt: daysFromNow(day, 10),
      endsAt: daysFromNow(day, 22),
      place: 'place-licourt',
      equipment: { podium: 1 },
    });
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it('never counts another commune’s loans or lists its events', async () => {
    const from = encodeURIComponent(daysFromNow(day, 12).toISOString());
    const to = encodeURIComponent(daysFromNow(day, 20).toISOString());
    const liege = availabilitySchema.parse(
      await (
        await t.app.request(
          `/v1/tenants/liege/event-availability?type=concert&from=${from}&to=${to}&equipment=podium:2`,
        )
      ).json(),
    );
    expect(liege.equipment).toEqual([{ key: 'podium', requested: 2, available: 2 }]);
    const herstal = availabilitySchema.parse(
      await (
        await t.app.request(
          `/v1/tenants/herstal/event-availability?type=concert&place=place-licourt&from=${from}&to=${to}&equipment=podium:1`,
        )
      ).json(),
    );
    expect(herstal).toMatchObject({
      placeFree: false,
      equipment: [{ key: 'podium', requested: 1, available: 0 }],
    });
    const calendar = eventCalendarSchema.parse(
      await (await t.app.request('/v1/tenants/liege/events')).json(),
    );
    expect(calendar.events).toEqual([]);
    expect(await (await t.app.request('/v1/tenants/liege/events.ics')).text()).not.toContain('Licourt');
    expect(
      eventCalendarSchema.parse(await (await t.app.request('/v1/tenants/herstal/events')).json()).events,
    ).toHaveLength(1);
  });

  it('does not book another commune’s place or lend its equipment', async () => {
    const from = encodeURIComponent(daysFromNow(day, 12).toISOString());
    const to = encodeURIComponent(daysFromNow(day, 20).toISOString());
    const res = await t.app.request(
      `/v1/tenants/liege/event-availability?type=concert&place=place-licourt&from=${from}&to=${to}`,
    );
    expect(res.status).toBe(422);
    expect(problemSchema.parse(await res.json()).code).toBe('event_place_unknown');
    const places = await (await t.app.request('/v1/tenants/liege/event-places')).text();
    expect(places).not.toContain('Herstal');
  });

  it('refuses websites the commune does not list', async () => {
    for (const path of ['event-types', 'events', 'events.ics']) {
      const res = await t.app.request(`/v1/tenants/liege/${path}`, {
        headers: { Origin: 'https://www.herstal.be' },
      });
      expect(res.status, path).toBe(403);
      expect(problemSchema.parse(await res.json()).code).toBe('origin_not_allowed');
    }
    const allowed = await t.app.request('/v1/tenants/liege/events', {
      headers: { Origin: 'https://www.liege.be' },
    });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.liege.be');
  });

  it('reads under row-level security: the application role sees no event row without its commune bound', async () => {
    const app = postgres(t.database.appUrl, { max: 1, onnotice: () => {} });
    try {
      expect(await app`select id from event_requests`).toHaveLength(0);
      expect(await app`select request_id from event_request_equipment`).toHaveLength(0);
      expect(await app`select id from event_equipment`).toHaveLength(0);
    } finally {
      await app.end();
    }
  });
});
