import postgres from 'postgres';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TestPlatform } from '../testing/test-platform.ts';
import { startTestPlatform } from '../testing/test-platform.ts';
import { catalogueSchema, stageSchema } from './stage-schemas.ts';

describe('GET /v1/tenants/{tenant}/stages', () => {
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
  afterEach(() => {
    vi.useRealTimers();
  });

  const catalogue = async (tenant: string, query = '') => {
    const res = await t.app.request(`/v1/tenants/${tenant}/stages${query}`);
    expect(res.status, query).toBe(200);
    return catalogueSchema.parse(await res.json());
  };
  const sessionsOf = (body: { stages: { sessions: unknown[] }[] }) => body.stages.flatMap((s) => s.sessions);

  it('lists a commune’s stages with their sessions, texts in every offered language', async () => {
    const body = await catalogue('liege');
    expect(body.stages).toHaveLength(12);
    expect(sessionsOf(body)).toHaveLength(33);
    const [multisports] = body.stages;
    expect(multisports).toMatchObject({
      key: 'multisports',
      category: 'sports',
      title: { fr: 'Multisports au Sart-Tilman', nl: 'Multisport in Sart-Tilman' },
      place: { key: 'sart-tilman', address: { postalCode: '4000', city: 'Liège' } },
    });
    expect(Object.keys(multisports?.description ?? {}).sort()).toEqual(['de', 'en', 'fr', 'nl']);
    expect(multisports?.sessions[0]).toMatchObject({
      key: 'semaine-27-6-8-ans',
      days: ['2027-07-05', '2027-07-06', '2027-07-07', '2027-07-08', '2027-07-09'],
      weeks: ['2027-W27'],
      hours: { from: '09:00', to: '16:00' },
      ages: { min: 6, max: 8 },
      capacity: 24,
      seatsLeft: 24,
      prices: {
        residentCents: 6500,
        nonResidentCents: 9500,
        socialCents: 3000,
        siblingReduction: { cents: 1000, per: 'week' },
      },
      enrolment: {
        opensAt: '2027-05-03T07:00:00.000Z',
        windows: [
          { from: '2027-05-03T07:00:00.000Z', for: 'residents' },
          { from: '2027-05-05T07:00:00.000Z', for: 'everyone' },
        ],
        status: 'upcoming',
        currentWindow: null,
        allocation: { mode: 'draw', drawMinutes: 30 },
      },
      cancellation: { freeUntilDaysBefore: 14, feeCents: 2000, medicalException: true },
    });
    expect(new Date(body.generatedAt).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('leaves public holidays out of the days', async () => {
    const body = await catalogue('charleroi', '?week=2027-W29');
    for (const session of body.stages.flatMap((s) => s.sessions)) {
      expect(session.days).not.toContain('2027-07-21');
      expect(session.days).toHaveLength(4);
    }
  });

  it('filters by ISO week or by a date in that week', async () => {
    const byWeek = await catalogue('liege', '?week=2027-W29');
    expect(byWeek.stages.flatMap((s) => s.sessions.map((x) => x.weeks))).toSatisfy((weeks: string[][]) =>
      weeks.every((w) => w.includes('2027-W29')),
    );
    expect(sessionsOf(byWeek).length).toBeGreaterThan(2);
    expect(await catalogue('liege', '?week=2027-07-22')).toMatchObject({ stages: byWeek.stages });
    expect((await catalogue('liege', '?week=2027-W40')).stages).toEqual([]);
  });

  it('filters by age, by a child’s birth date judged on each first day, by category and place', async () => {
    const five = await catalogue('liege', '?age=5');
    for (const session of five.stages.flatMap((s) => s.sessions)) {
      expect(session.ages.min).toBeLessThanOrEqual(5);
      expect(session.ages.max).toBeGreaterThanOrEqual(5);
    }
    // Turns 8 on 20 July 2027: still 7 in week 28, 8 from week 30 on.
    const child = await catalogue('liege', '?birthDate=2019-07-20&category=swimming');
    expect(child.stages.map((s) => [s.key, s.sessions.map((x) => x.key)])).toEqual([
      ['natation-debutants', ['semaine-27', 'semaine-28', 'semaine-29']],
      ['natation-perfectionnement', ['semaine-31']],
    ]);
    const pool = await catalogue('liege', '?place=jonfosse&week=2027-W30');
    expect(pool.stages.map((s) => s.key)).toEqual(['natation-debutants']);
    const arts = await catalogue('charleroi', '?category=arts&age=10');
    expect(arts.stages.map((s) => s.key)).toEqual(['photo-et-image', 'art-contemporain']);
  });

  it('shows seats taken within a second: answers are reused for at most 1 s', async () => {
    const [row] = await owner<{ id: string }[]>`
      select ss.id from stage_sessions ss join stages s on s.tenant_id = ss.tenant_id and s.id = ss.stage_id
      where s.key = 'robots-et-code' and ss.key = 'semaine-30'`;
    const seatsLeft = async () =>
      (await catalogue('liege', '?category=science&week=2027-W30')).stages
        .find((s) => s.key === 'robots-et-code')
        ?.sessions.find((x) => x.key === 'semaine-30')?.seatsLeft;
    const seenWithin = async (taken: number, left: number) => {
      await owner`update stage_sessions set seats_taken = ${taken} where id = ${row?.id ?? ''}`;
      const changedAt = Date.now();
      await vi.waitFor(async () => expect(await seatsLeft()).toBe(left), { timeout: 2000, interval: 50 });
      expect(Date.now() - changedAt).toBeLessThan(1500);
    };
    expect(await seatsLeft()).toBe(14);
    await seenWithin(13, 1);
    await seenWithin(14, 0);
    await seenWithin(0, 14);
    const deepLink = await t.app.request('/v1/tenants/liege/stages/robots-et-code');
    expect(
      stageSchema.parse(await deepLink.json()).sessions.find((x) => x.key === 'semaine-30')?.seatsLeft,
    ).toBe(14);
  });

  it('says who may enrol now: residents first, then everyone, closed from the first day', async () => {
    const statusAt = async (instant: string) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(instant));
      const body = await catalogue('liege', '?week=2027-W27&category=nature');
      vi.useRealTimers();
      return body.stages[0]?.sessions[0]?.enrolment;
    };
    expect(await statusAt('2027-05-03T06:59:00Z')).toMatchObject({ status: 'upcoming', currentWindow: null });
    expect(await statusAt('2027-05-03T07:00:00Z')).toMatchObject({
      status: 'open',
      currentWindow: { for: 'residents', from: '2027-05-03T07:00:00.000Z' },
    });
    expect(await statusAt('2027-05-06T10:00:00Z')).toMatchObject({
      status: 'open',
      currentWindow: { for: 'everyone' },
    });
    expect(await statusAt('2027-07-04T22:30:00Z')).toMatchObject({ status: 'closed', currentWindow: null });
  });

  it('answers one stage for a deep link, with all its sessions', async () => {
    const res = await t.app.request('/v1/tenants/herstal/stages/natation-herstal');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const stage = stageSchema.parse(await res.json());
    expect(stage.key).toBe('natation-herstal');
    expect(stage.title).toEqual({ fr: 'Nager comme un poisson', nl: 'Zwemmen als een vis' });
    expect(stage.sessions.map((s) => s.key)).toEqual([
      'semaine-27',
      'semaine-28',
      'semaine-30',
      'semaine-31',
    ]);
    expect(stage.sessions[0]?.prices.socialCents).toBeNull();
  });

  it('leaves out a deactivated stage and sessions, after the configuration changes', async () => {
    await owner`update stages set active = false where key = 'cuisine-du-monde'`;
    await owner`select pg_notify('communa_tenant_changed', 'herstal')`;
    await vi.waitFor(async () => {
      expect((await catalogue('herstal')).stages.map((s) => s.key)).not.toContain('cuisine-du-monde');
    });
    expect((await t.app.request('/v1/tenants/herstal/stages/cuisine-du-monde')).status).toBe(404);
    await owner`update stages set active = true where key = 'cuisine-du-monde'`;
    await owner`select pg_notify('communa_tenant_changed', 'herstal')`;
  });
});
