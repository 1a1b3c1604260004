import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.ts';
import { createOfflineApp } from '../testing/offline-app.ts';
import { loadAdminAssets } from './admin-assets.ts';

const EXPECTED_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const PAGE =
  '<!doctype html><html lang="en"><script type="module" src="/admin/assets/main-AB12.js"></script></html>';

describe('the back-office at /admin', () => {
  let dist: string;
  let app: App;

  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'communa-admin-dist-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), PAGE);
    await writeFile(path.join(dist, 'assets', 'main-AB12.js'), 'export {};\n');
    await writeFile(path.join(dist, 'assets', 'document-CD34.css'), 'body{margin:0}\n');
    app = await createOfflineApp({ adminAssets: await loadAdminAssets(dist) });
  });
  afterAll(() => rm(dist, { recursive: true, force: true }));

  const expectAdminHeaders = (res: Response) => {
    expect(res.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  };

  it.each([
    '/admin',
    '/admin/',
    '/admin/liege',
    '/admin/liege/staff',
    '/admin/herstal/audit-log?before=abc',
    '/admin/invitations/0b9f3a4e-6c1d-4f7a-9a51-2f9f1d1e5c11',
  ])('answers %s with the one page, revalidated on every load, under the strict policy', async (url) => {
    const res = await app.request(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expectAdminHeaders(res);
    expect(await res.text()).toBe(PAGE);
  });

  it('lets the browser revalidate the page with its ETag', async () => {
    const first = await app.request('/admin/liege/staff');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await app.request('/admin/liege/families', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expectAdminHeaders(again);
  });

  it('serves the hashed files with their type, cached for a year', async () => {
    const script = await app.request('/admin/assets/main-AB12.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expectAdminHeaders(script);
    expect(await script.text()).toBe('export {};\n');
    const style = await app.request('/admin/assets/document-CD34.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it.each(['/admin/assets/main-OLD0.js', '/admin/assets/', '/admin/favicon.ico', '/admin/liege/logo.png'])(
    'answers a missing file %s with 404 problem+json, never the page',
    async (url) => {
      const res = await app.request(url);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expectAdminHeaders(res);
      const body = (await res.json()) as { code: string; status: number };
      expect(body).toMatchObject({ code: 'not_found', status: 404 });
    },
  );

  it('keeps its policy to /admin: other paths and look-alikes answer as before', async () => {
    for (const url of ['/administrator', '/v1/openapi.json']) {
      const res = await app.request(url);
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    }
    expect((await app.request('/administrator')).status).toBe(404);
  });

  it('says so, as problem+json, when the back-office has not been built', async () => {
    const unbuilt = await createOfflineApp();
    const res = await unbuilt.request('/admin/liege/staff');
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expectAdminHeaders(res);
    expect(((await res.json()) as { detail: string }).detail).toContain('npm run build:assets');
  });
});
