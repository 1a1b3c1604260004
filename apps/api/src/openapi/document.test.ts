import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.ts';
import { createOfflineApp } from '../testing/offline-app.ts';
import { generateClientTypes } from './client-types.ts';
import { buildOpenApiDocument } from './document.ts';

const clientTypesFile = fileURLToPath(
  new URL('../../../../packages/widgets/src/api/schema.d.ts', import.meta.url),
);

describe('OpenAPI document', () => {
  let app: App;
  beforeAll(async () => {
    app = await createOfflineApp();
  });

  it('is served as OpenAPI 3.1 generated from the routes', async () => {
    const res = await app.request('/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: object };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/v1/tenants/{tenant}', '/health/live', '/health/ready']),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['PublicTenant', 'Problem']));
  });

  it('describes every route’s problem answers as problem+json', () => {
    const doc = buildOpenApiDocument(app);
    const tenantGet = doc.paths?.['/v1/tenants/{tenant}']?.get;
    expect(Object.keys(tenantGet?.responses ?? {})).toEqual(['200', '304', '403', '404']);
    expect(JSON.stringify(tenantGet?.responses?.['404'])).toContain('application/problem+json');
  });

  it('has a readable reference page that loads no third-party resource', async () => {
    const res = await app.request('/v1/reference');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('/v1/reference/assets/swagger-ui-bundle.js');
    expect(page).not.toMatch(/https?:\/\//);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const script = await app.request('/v1/reference/assets/init.js');
    expect(await script.text()).toContain('/v1/openapi.json');
  });

  it('matches the widgets’ committed client types (run npm run generate:client after changing a route)', async () => {
    const committed = await readFile(clientTypesFile, 'utf8');
    expect(committed).toBe(await generateClientTypes(app));
  });
});
