import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningPlatform } from '../support/servers.ts';
import { startRunningPlatform } from '../support/servers.ts';

// On Node, headers go through Node's own objects (see apps/api/src/http/node-headers.ts), a path
// that app.request() does not take: these tests prove it over a real socket.
describe('the API over real HTTP', () => {
  let platform: RunningPlatform;
  beforeAll(async () => {
    platform = await startRunningPlatform();
  });
  afterAll(() => platform.close());

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${platform.apiUrl}${path}`, { headers });

  it('sends security headers, request id and caching headers with the public configuration', async () => {
    const res = await get('/v1/tenants/liege');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('etag')).toMatch(/^"/);
    expect(res.headers.get('cache-control')).toContain('max-age=60');
    expect((await res.json()).slug).toBe('liege');
  });

  it('keeps a sane incoming request id and replaces a hostile one', async () => {
    expect(
      (await get('/health/live', { 'X-Request-Id': 'proxy-id-12345' })).headers.get('x-request-id'),
    ).toBe('proxy-id-12345');
    const hostile = await get('/health/live', { 'X-Request-Id': 'bad id\twith spaces' });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const etag = (await get('/v1/tenants/herstal')).headers.get('etag') ?? '';
    const res = await get('/v1/tenants/herstal', { 'If-None-Match': etag });
    expect(res.status).toBe(304);
    expect(res.headers.get('etag')).toBe(etag);
  });

  it('applies CORS per commune on the wire', async () => {
    const allowed = await get('/v1/tenants/liege', { Origin: 'https://www.liege.be' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.liege.be');
    expect(allowed.headers.get('vary')).toBe('Origin');
    const refused = await get('/v1/tenants/liege', { Origin: 'https://www.herstal.be' });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the loader briefly cached and the chunks immutable, readable from any site', async () => {
    const loader = await get('/widgets/v1/communa.js');
    expect(loader.status).toBe(200);
    expect(loader.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(loader.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
    expect(loader.headers.get('access-control-allow-origin')).toBe('*');
    const chunk = (await loader.text()).match(/chunks\/[\w-]+\.js/)?.[0];
    expect(chunk).toBeDefined();
    const chunkRes = await get(`/widgets/${chunk}`);
    expect(chunkRes.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/widgets/v1/missing.js')).status).toBe(404);
  });

  it('lets the reference page have its own policy', async () => {
    const res = await get('/v1/reference');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('answers 404 problem+json for an unknown route, with the security headers', async () => {
    const res = await get('/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('lists the development mailbox at /dev/mail outside production', async () => {
    const res = await get('/dev/mail');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  });
});
