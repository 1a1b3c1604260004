import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../problems/problem.ts';
import type { TestPlatform } from '../testing/test-platform.ts';
import { startTestPlatform, TEST_PUBLIC_URL } from '../testing/test-platform.ts';

const DEMO_ORIGIN = 'http://localhost:8788';

describe('GET /v1/tenants/{tenant}: CORS and headers', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform({ extraOrigins: [DEMO_ORIGIN] });
  });
  afterAll(() => t.close());

  it('lets a site the commune lists read its answers', async () => {
    const res = await t.app.request('/v1/tenants/liege', { headers: { Origin: 'https://www.liege.be' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://www.liege.be');
    expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it('refuses a site another commune lists', async () => {
    const res = await t.app.request('/v1/tenants/liege', { headers: { Origin: 'https://www.charleroi.be' } });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(problemSchema.parse(await res.json()).code).toBe('origin_not_allowed');
  });

  it('refuses the preflight of an unknown site and answers that of a listed one', async () => {
    const refused = await t.app.request('/v1/tenants/liege', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(refused.status).toBe(403);
    const allowed = await t.app.request('/v1/tenants/liege', {
      method: 'OPTIONS',
      headers: { Origin: DEMO_ORIGIN, 'Access-Control-Request-Method': 'GET' },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(DEMO_ORIGIN);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('Authorization');
    // Anonymous forms send their proof of work, and cases are followed with their secret, from the widget.
    expect(allowed.headers.get('access-control-allow-headers')).toContain('X-Communa-Proof');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('X-Communa-Case-Secret');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('X-Communa-File-Name');
  });

  it('lets the API’s own pages (the reference) call it', async () => {
    const res = await t.app.request('/v1/tenants/herstal', { headers: { Origin: TEST_PUBLIC_URL } });
    expect(res.status).toBe(200);
  });

  it('sends security headers on every answer, errors included', async () => {
    for (const path of ['/v1/tenants/liege', '/v1/tenants/nowhere', '/nothing', '/health/live']) {
      const res = await t.app.request(path);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('content-security-policy'), path).toContain("default-src 'none'");
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security'), path).toContain('max-age=');
      expect(res.headers.get('x-request-id'), path).toMatch(/^[\w-]{8,}$/);
    }
  });
});
