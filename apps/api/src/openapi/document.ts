import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';

export const OPENAPI_PATH = '/v1/openapi.json';

const info = {
  title: 'Communa API',
  version: '1.0.0',
  description:
    'Public (widget) API of Communa, the embeddable platform for communal services. ' +
    'Errors are RFC 9457 problem+json documents with a stable `code`.',
  license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
};

/** The OpenAPI 3.1 document, generated from the routes' zod schemas. */
export function buildOpenApiDocument(app: OpenAPIHono<AppEnv>, serverUrl?: string) {
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info,
    servers: serverUrl ? [{ url: serverUrl }] : [],
  });
}

export function registerOpenApiDocument(app: OpenAPIHono<AppEnv>, serverUrl: string): void {
  let cached: string | undefined;
  app.get(OPENAPI_PATH, (c) => {
    cached ??= JSON.stringify(buildOpenApiDocument(app, serverUrl));
    c.header('Access-Control-Allow-Origin', '*');
    return c.body(cached, 200, { 'content-type': 'application/json; charset=utf-8' });
  });
}
