import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { EventStaffRouteDeps } from '../event-staff/event-staff-route-deps.ts';
import { ADMIN_TENANT_PATH, staffMiddleware, staffProblemResponses } from '../staff/staff-route-deps.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { eventServicesListSchema } from './event-opinion-schemas.ts';
import { activeServices, advisorsWithMembers } from './event-opinion-store.ts';

export function registerGetEventServices(app: OpenAPIHono<AppEnv>, deps: EventStaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: `${ADMIN_TENANT_PATH}/event-services`,
    tags: ['Staff: events'],
    summary: 'The commune’s advisory services and who speaks for each (admin, event staff)',
    description:
      'The services of event-types.yaml that give opinions on event requests, with the advisors set on each ' +
      '(members holding the service-advisor role).',
    middleware: staffMiddleware(deps, 'event-requests:read'),
    request: { params: tenantParamsSchema },
    responses: {
      200: {
        description: 'The services',
        content: { 'application/json': { schema: eventServicesListSchema } },
      },
      ...staffProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const tenant = c.var.member.tenant;
    const services = await withTenant(deps.db, tenant.id, async (tx) => {
      const [list, advisors] = await Promise.all([
        activeServices(tx, tenant.id),
        advisorsWithMembers(tx, tenant.id),
      ]);
      return list.map((service) => ({
        ...service,
        advisors: advisors
          .filter((advisor) => advisor.serviceKey === service.key)
          .map(({ serviceKey: _service, ...advisor }) => advisor),
      }));
    });
    return c.json({ services }, 200);
  });
}
