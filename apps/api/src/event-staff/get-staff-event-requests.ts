import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { startOfBrusselsDay } from '../events/calendar-range.ts';
import { staffMiddleware, staffProblemResponses } from '../staff/staff-route-deps.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import type { EventStaffRouteDeps } from './event-staff-route-deps.ts';
import { STAFF_EVENT_REQUESTS_PATH } from './event-staff-route-deps.ts';
import { staffRequestListQuerySchema, staffRequestListSchema } from './event-staff-schemas.ts';
import { listForStaff } from './event-staff-store.ts';

export function registerGetStaffEventRequests(app: OpenAPIHono<AppEnv>, deps: EventStaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: STAFF_EVENT_REQUESTS_PATH,
    tags: ['Staff: events'],
    summary: 'The commune’s event requests (admin, event-reviewer, event-decider)',
    description:
      'Submitted requests (never drafts), soonest event first, at most 500, filtered by status, type and events ' +
      'still on from a day.',
    middleware: staffMiddleware(deps, 'event-requests:read'),
    request: { params: tenantParamsSchema, query: staffRequestListQuerySchema },
    responses: {
      200: {
        description: 'The requests',
        content: { 'application/json': { schema: staffRequestListSchema } },
      },
      ...staffProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const query = c.req.valid('query');
    const requests = await withTenant(deps.db, member.tenant.id, (tx) =>
      listForStaff(tx, member.tenant.id, {
        status: query.status,
        type: query.type,
        from: query.from === undefined ? undefined : startOfBrusselsDay(query.from),
      }),
    );
    return c.json({ requests }, 200);
  });
}
