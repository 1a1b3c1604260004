import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '../testing/test-platform.ts';
import { startTestPlatform } from '../testing/test-platform.ts';
import { publicTenantSchema } from './public-tenant-schema.ts';

describe('GET /v1/tenants/{tenant}', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  it('answers a commune’s public configuration, matching its schema', async () => {
    const res = await t.app.request('/v1/tenants/liege');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = publicTenantSchema.parse(await res.json());
    expect(body.slug).toBe('liege');
    expect(body.name.fr).toBe('Ville de Liège');
    expect(body.languages.default).toBe('fr');
    expect(body.services.length).toBeGreaterThan(0);
    expect(body.theme.colorPrimary).toMatch(/^#[0-9a-f]{6}$/i);
    // HEALTH_SHEET_RETENTION_DAYS, so parents read how long a health sheet is kept.
    expect(body.healthSheetRetentionDays).toBe(30);
  });

  it('fills every offered language of every text', async () => {
    for (const slug of ['liege', 'charleroi', 'herstal']) {
      const body = publicTenantSchema.parse(await (await t.app.request(`/v1/tenants/${slug}`)).json());
      for (const text of [body.name, ...body.services.flatMap((s) => [s.title, s.description])]) {
        expect(Object.keys(text).sort()).toEqual([...body.languages.offered].sort());
        for (const value of Object.values(text)) expect(value?.length).toBeGreaterThan(0);
      }
    }
  });

  it('keeps each commune’s own data apart', async () => {
    const liege = publicTenantSchema.parse(await (await t.app.request('/v1/tenants/liege')).json());
    const herstal = publicTenantSchema.parse(await (await t.app.request('/v1/tenants/herstal')).json());
    expect(herstal.slug).toBe('herstal');
    expect(herstal.name.fr).not.toBe(liege.name.fr);
    expect(herstal.services.map((s) => s.pageUrl).some((url) => url.includes('liege'))).toBe(false);
  });

  it('carries an ETag and answers 304 to a matching If-None-Match', async () => {
    const first = await t.app.request('/v1/tenants/charleroi');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toContain('max-age');
    const again = await t.app.request('/v1/tenants/charleroi', { headers: { 'If-None-Match': `W/${etag}` } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await t.app.request('/v1/tenants/charleroi', { headers: { 'If-None-Match': '"other"' } });
    expect(other.status).toBe(200);
  });

  it('lists only enabled services, in configured order', async () => {
    const before = publicTenantSchema.parse(await (await t.app.request('/v1/tenants/liege')).json());
    const [first, ...rest] = before.services.map((s) => s.key);
    const owner = postgres(t.database.ownerUrl, { max: 1, onnotice: () => {} });
    try {
      await owner.begin(async (tx) => {
        const [tenant] = await tx<{ id: string }[]>`select id from tenants where slug = 'liege'`;
        await tx`select set_config('app.tenant_id', ${tenant?.id ?? ''}, true)`;
        await tx`update tenant_services set enabled = false where key = ${first ?? ''}`;
      });
    } finally {
      await owner.end();
    }
    t.platform.tenants.invalidate('liege');
    const after = publicTenantSchema.parse(await (await t.app.request('/v1/tenants/liege')).json());
    expect(after.services.map((s) => s.key)).toEqual(rest);
  });
});
