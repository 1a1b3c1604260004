import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../problems/problem.ts';
import type { TestPlatform } from '../testing/test-platform.ts';
import { startTestPlatform } from '../testing/test-platform.ts';
import { daysFromNow } from './testing/event-fixtures.ts';

describe('public event routes: bad input', () => {
  let t: TestPlatform;
  let owner: postgres.Sql;
  beforeAll(async () => {
    t = await startTestPlatform();
    owner = postgres(t.database.ownerUrl, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  const problem = async (path: string, status: number, code: string) => {
    const res = await t.app.request(path);
    expect(res.status, path).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = problemSchema.parse(await res.json());
    expect(body.code, path).toBe(code);
    return body;
  };
  const at = (date: Date) => encodeURIComponent(date.toISOString());
  const from = at(daysFromNow(90, 10));
  const to = at(daysFromNow(90, 18));
  const availability = (query: string) => `/v1/tenants/liege/event-availability?${query}`;

  it('answers 404 problem+json for an unknown commune on every route', async () => {
    for (const path of ['event-types', 'event-places', 'event-equipment', 'events', 'events.ics'])
      await problem(`/v1/tenants/atlantis/${path}`, 404, 'tenant_not_found');
    await problem(
      `/v1/tenants/atlantis/event-availability?type=concert&from=${from}&to=${to}`,
      404,
      'tenant_not_found',
    );
  });

  it('answers 400 for a missing, malformed or unknown query parameter', async () => {
    const missing = await problem(availability(`from=${from}&to=${to}`), 400, 'validation_failed');
    expect(missing.errors?.map((e) => e.path)).toEqual(['type']);
    await problem(availability(`type=concert&from=tomorrow&to=${to}`), 400, 'validation_failed');
    await problem(availability(`type=concert&from=2027-06-12T10:00:00&to=${to}`), 400, 'validation_failed');
    await problem(availability(`type=Concert!&from=${from}&to=${to}`), 400, 'validation_failed');
    await problem(availability(`type=concert&from=${from}&to=${to}&colour=red`), 400, 'validation_failed');
    for (const equipment of ['podium', 'podium:one', 'podium:1,', ':3', 'podium:999999'])
      await problem(
        availability(`type=concert&from=${from}&to=${to}&equipment=${equipment}`),
        400,
        'validation_failed',
      );
    const twice = await problem(
      availability(`type=concert&from=${from}&to=${to}&equipment=podium:1,podium:1`),
      400,
      'validation_failed',
    );
    expect(twice.errors?.[0]?.message).toBe('podium is listed twice');
    await problem(
      availability(`type=concert&from=${from}&to=${to}&equipment=podium:0`),
      400,
      'validation_failed',
    );
  });

  it('answers 422 for reversed, too long or too distant dates', async () => {
    await problem(availability(`type=concert&from=${to}&to=${from}`), 422, 'event_dates_invalid');
    await problem(availability(`type=concert&from=${from}&to=${from}`), 422, 'event_dates_invalid');
    await problem(
      availability(`type=concert&from=${from}&to=${at(daysFromNow(130))}`),
      422,
      'event_dates_invalid',
    );
    await problem(
      availability(`type=concert&from=${at(daysFromNow(800))}&to=${at(daysFromNow(800, 20))}`),
      422,
      'event_dates_invalid',
    );
  });

  it('answers 422 for an unknown type, place or equipment', async () => {
    await problem(availability(`type=rave&from=${from}&to=${to}`), 422, 'event_type_unknown');
    await problem(
      availability(`type=concert&place=grand-place&from=${from}&to=${to}`),
      422,
      'event_place_unknown',
    );
    const equipment = await problem(
      availability(`type=concert&from=${from}&to=${to}&equipment=podium:1,fireworks:3`),
      422,
      'event_equipment_unknown',
    );
    expect(equipment.detail).toBe('No equipment “fireworks”');
  });

  it('treats a deactivated type or place as unknown', async () => {
    await owner`update event_places set active = false where key = 'place-cockerill'`;
    await owner`update event_types set active = false where key = 'funfair'`;
    try {
      await problem(
        availability(`type=concert&place=place-cockerill&from=${from}&to=${to}`),
        422,
        'event_place_unknown',
      );
      await problem(availability(`type=funfair&from=${from}&to=${to}`), 422, 'event_type_unknown');
    } finally {
      await owner`update event_places set active = true where key = 'place-cockerill'`;
      await owner`update event_types set active = true where key = 'funfair'`;
    }
  });

  it('refuses bad calendar queries: 400 for malformed days or language, 422 for reversed or too wide ranges', async () => {
    await problem('/v1/tenants/liege/events?from=2027-02-30', 400, 'validation_failed');
    await problem('/v1/tenants/liege/events?type=CONCERT', 400, 'validation_failed');
    await problem('/v1/tenants/liege/events?page=2', 400, 'validation_failed');
    await problem('/v1/tenants/liege/events.ics?lang=es', 400, 'validation_failed');
    await problem('/v1/tenants/liege/events?from=2027-06-10&to=2027-06-01', 422, 'event_dates_invalid');
    await problem('/v1/tenants/liege/events.ics?from=2027-01-01&to=2028-01-02', 422, 'event_dates_invalid');
  });
});
