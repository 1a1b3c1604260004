import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { html } from 'hono/html';
import type { AppEnv } from '../app-env.ts';
import { OPENAPI_PATH } from './document.ts';

export const REFERENCE_PATH = '/v1/reference';

const ASSETS = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
} as const;

const INIT_SCRIPT = `window.addEventListener('load', () => {
  window.ui = SwaggerUIBundle({ url: '${OPENAPI_PATH}', dom_id: '#reference', deepLinking: true });
});
`;

/**
 * A readable API reference: Swagger UI, served from our own origin (no CDN) over the generated
 * document. Its script is a file, not inline; the library sets inline styles, which this page
 * alone allows.
 */
export async function registerReferencePage(app: OpenAPIHono<AppEnv>): Promise<void> {
  const require = createRequire(import.meta.url);
  const distDir = path.dirname(require.resolve('swagger-ui-dist/package.json'));
  const files = new Map<string, { body: string; type: string }>();
  for (const [name, type] of Object.entries(ASSETS)) {
    files.set(name, { body: await readFile(path.join(distDir, name), 'utf8'), type });
  }
  files.set('init.js', { body: INIT_SCRIPT, type: 'text/javascript; charset=utf-8' });

  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

  app.get(REFERENCE_PATH, (c) => {
    c.header('Content-Security-Policy', csp);
    return c.html(html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Communa API reference</title>
    <link rel="stylesheet" href="${REFERENCE_PATH}/assets/swagger-ui.css" />
  </head>
  <body>
    <main id="reference"></main>
    <script src="${REFERENCE_PATH}/assets/swagger-ui-bundle.js"></script>
    <script src="${REFERENCE_PATH}/assets/init.js"></script>
  </body>
</html>`);
  });
  app.get(`${REFERENCE_PATH}/assets/:file`, (c) => {
    const file = files.get(c.req.param('file'));
    if (!file) return c.notFound();
    c.header('Content-Security-Policy', csp);
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(file.body, 200, { 'content-type': file.type });
  });
}
