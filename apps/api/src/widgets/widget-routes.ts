import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requestHeader, setResponseHeader } from '../http/node-headers.ts';
import { httpProblems } from '../problems/codes.ts';
import { respondProblem } from '../problems/respond.ts';
import { ifNoneMatchHits } from '../tenants/etag.ts';
import type { WidgetAsset } from './widget-assets.ts';

/**
 * Serves the widget bundle under /widgets/. Any site may load it (module scripts are fetched with
 * CORS), so it is readable from every origin; the data it asks for is guarded per commune.
 */
export function registerWidgetRoutes(
  app: OpenAPIHono<AppEnv>,
  assets: ReadonlyMap<string, WidgetAsset>,
): void {
  app.get('/widgets/*', (c) => {
    const relative = c.req.path.slice('/widgets/'.length);
    const asset = assets.get(relative);
    setResponseHeader(c, 'Access-Control-Allow-Origin', '*');
    if (!asset) return respondProblem(c, httpProblems.notFound, `No widget file ${relative}`);
    setResponseHeader(c, 'ETag', asset.etag);
    setResponseHeader(c, 'Cache-Control', asset.cacheControl);
    if (ifNoneMatchHits(requestHeader(c, 'if-none-match'), asset.etag)) return c.body(null, 304);
    return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, { 'content-type': asset.contentType });
  });
}
