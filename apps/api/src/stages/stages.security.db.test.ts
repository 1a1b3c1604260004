import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../problems/problem.ts';
import type { TestPlatform } from '../testing/test-platform.ts';
import { startTestPlatform } from '../testing/test-platform.ts';
import { catalogueSchema } from './stage-schemas.ts';

describe('stage catalogue: isolation between communes', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  const keys = async (tenant: string) => {
    const body = catalogueSchema.parse(await (await t.app.request(`/v1/tenants/${tenant}/stages`)).json());
    return { stages: body.stages.map((s) => s.key), places: body.stages.map((s) => s.place.address.city) };
  };

  it('lists only each commune’s own stages and places', async () => {
    const liege = await keys('liege');
    const herstal = await keys('herstal');
    const charleroi = await keys('charleroi');
    expect(new Set(liege.places)).toEqual(new Set(['Liège']));
    expect(new Set(herstal.places)).toEqual(new Set(['Herstal', 'Vottem']));
    expect(charleroi.places).not.toContain('Liège');
    expect(liege.stages.filter((key) => herstal.stages.includes(key))).toEqual([]);
  });

  it('answers 404 for another commune’s stage key, without its data', async () => {
    const res = await t.app.request('/v1/tenants/liege/stages/petits-fermiers');
    expect(res.status).toBe(404);
    const text = await res.text();
    expect(text).not.toContain('Vottem');
    expect(problemSchema.parse(JSON.parse(text)).code).toBe('stage_not_found');
    expect((await t.app.request('/v1/tenants/herstal/stages/petits-fermiers')).status).toBe(200);
  });

  it('finds nothing through another commune’s place key', async () => {
    const res = await t.app.request('/v1/tenants/charleroi/stages?place=jonfosse');
    expect(catalogueSchema.parse(await res.json()).stages).toEqual([]);
  });

  it('refuses websites the commune does not list', async () => {
    const res = await t.app.request('/v1/tenants/liege/stages', {
      headers: { Origin: 'https://www.charleroi.be' },
    });
    expect(res.status).toBe(403);
    expect(problemSchema.parse(await res.json()).code).toBe('origin_not_allowed');
    const allowed = await t.app.request('/v1/tenants/liege/stages', {
      headers: { Origin: 'https://www.liege.be' },
    });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.liege.be');
  });

  it('reads under row-level security: the application role sees no stage without its commune bound', async () => {
    const app = postgres(t.database.appUrl, { max: 1, onnotice: () => {} });
    try {
      expect(await app`select id from stage_sessions`).toHaveLength(0);
      expect(await app`select id from stages`).toHaveLength(0);
      await expect(app`delete from stage_sessions`).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
  });
});
