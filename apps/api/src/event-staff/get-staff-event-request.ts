import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import type { EventStaffRouteDeps } from './event-staff-route-deps.ts';
import { requestProblemResponses, STAFF_EVENT_REQUESTS_PATH } from './event-staff-route-deps.ts';
import { staffRequestParamsSchema, staffRequestSchema } from './event-staff-schemas.ts';
import { staffRequest, staffView } from './staff-request-access.ts';

export function registerGetStaffEventRequest(app: OpenAPIHono<AppEnv>, deps: EventStaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: `${STAFF_EVENT_REQUESTS_PATH}/{requestId}`,
    tags: ['Staff: events'],
    summary:
      'One event request with its requester, history, the form definition of its answers, opinions and decision (admin, event-reviewer, event-decider, service-advisor of a service asked; each read is audited)',
    description:
      'A service advisor reads only requests an opinion was asked of one of their services about, and only ' +
      'those services’ opinions; any other request answers 404.',
    middleware: staffMiddleware(deps, 'event-requests:read'),
    request: { params: staffRequestParamsSchema },
    responses: {
      200: { description: 'The request', content: { 'application/json': { schema: staffRequestSchema } } },
      ...requestProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { requestId } = c.req.valid('param');
    const view = await withTenant(deps.db, member.tenant.id, async (tx) => {
      const access = await staffRequest(tx, member, requestId);
      await recordAuditEvent(tx, {
        tenantId: member.tenant.id,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'events.request_read',
        targetType: 'event_request',
        targetId: requestId,
        ip: member.ip,
      });
      return staffView(tx, member, access);
    });
    return c.json(view, 200);
  });
}
