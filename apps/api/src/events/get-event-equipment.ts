import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { resolveCommune } from '../households/household-route-deps.ts';
import { setResponseHeader } from '../http/node-headers.ts';
import { problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import type { EventRouteDeps } from './event-route-deps.ts';
import { CONFIG_CACHE_CONTROL } from './event-route-deps.ts';
import { eventEquipmentSchema } from './event-schemas.ts';
import { readEventEquipment } from './event-store.ts';

export function registerGetEventEquipment(app: OpenAPIHono<AppEnv>, deps: EventRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/v1/tenants/{tenant}/event-equipment',
    tags: ['Events'],
    summary: 'The equipment one may borrow for an event, with the units the commune owns',
    request: { params: tenantParamsSchema },
    responses: {
      200: {
        description: 'The equipment',
        content: { 'application/json': { schema: eventEquipmentSchema } },
      },
      403: problemResponse('The calling website may not embed this commune'),
      404: problemResponse('No such commune'),
    },
  });
  app.openapi(route, async (c) => {
    const tenant = await resolveCommune(deps.tenants, c.req.valid('param').tenant);
    const equipment = await readEventEquipment(deps.db, tenant);
    setResponseHeader(c, 'Cache-Control', CONFIG_CACHE_CONTROL);
    return c.json({ equipment }, 200);
  });
}
