import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { setResponseHeader } from '../http/node-headers.ts';
import { respondAsset } from '../http/static-assets.ts';
import { httpProblems } from '../problems/codes.ts';
import { respondProblem } from '../problems/respond.ts';
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
    return respondAsset(c, asset);
  });
}
