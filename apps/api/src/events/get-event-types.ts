import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { resolveCommune } from '../households/household-route-deps.ts';
import { setResponseHeader } from '../http/node-headers.ts';
import { problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import type { EventRouteDeps } from './event-route-deps.ts';
import { CONFIG_CACHE_CONTROL } from './event-route-deps.ts';
import { eventTypesSchema } from './event-schemas.ts';
import { readEventTypes } from './event-store.ts';

export function registerGetEventTypes(app: OpenAPIHono<AppEnv>, deps: EventRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/v1/tenants/{tenant}/event-types',
    tags: ['Events'],
    summary: 'The kinds of events one may ask the commune to allow',
    description:
      'Active event types in configured order: the form to fill, the attachments required, the lead time in ' +
      'calendar days and whether an approved event of the type may appear in the open calendar.',
    request: { params: tenantParamsSchema },
    responses: {
      200: { description: 'The event types', content: { 'application/json': { schema: eventTypesSchema } } },
      403: problemResponse('The calling website may not embed this commune'),
      404: problemResponse('No such commune'),
    },
  });
  app.openapi(route, async (c) => {
    const tenant = await resolveCommune(deps.tenants, c.req.valid('param').tenant);
    const types = await readEventTypes(deps.db, tenant);
    setResponseHeader(c, 'Cache-Control', CONFIG_CACHE_CONTROL);
    return c.json({ types }, 200);
  });
}
