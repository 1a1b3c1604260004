import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { resolveCommune } from '../households/household-route-deps.ts';
import { setResponseHeader } from '../http/node-headers.ts';
import { problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { checkAvailability } from './check-availability.ts';
import type { EventRouteDeps } from './event-route-deps.ts';
import { LIVE_CACHE_CONTROL } from './event-route-deps.ts';
import { availabilityQuerySchema, availabilitySchema } from './event-schemas.ts';

export function registerGetEventAvailability(app: OpenAPIHono<AppEnv>, deps: EventRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/v1/tenants/{tenant}/event-availability',
    tags: ['Events'],
    summary: 'Whether an event could be held then and there',
    description:
      'Checks the type’s lead time (Brussels calendar days from today to the first day), whether requests ' +
      'being handled or approved already hold the place at an overlapping time (their dates only), and how ' +
      'many units of each piece of equipment are still free over the period.',
    request: { params: tenantParamsSchema, query: availabilityQuerySchema },
    responses: {
      200: { description: 'The checks', content: { 'application/json': { schema: availabilitySchema } } },
      400: problemResponse('A query parameter is missing, unknown or malformed (validation_failed)'),
      403: problemResponse('The calling website may not embed this commune'),
      404: problemResponse('No such commune'),
      422: problemResponse(
        'Dates reversed, too long or too far ahead (event_dates_invalid); unknown type, place or equipment',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const tenant = await resolveCommune(deps.tenants, c.req.valid('param').tenant);
    const body = await checkAvailability(deps.db, tenant, c.req.valid('query'), new Date());
    setResponseHeader(c, 'Cache-Control', LIVE_CACHE_CONTROL);
    return c.json(body, 200);
  });
}
