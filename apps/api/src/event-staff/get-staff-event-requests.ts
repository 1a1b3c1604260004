import { withTenant } from '@communa/db';
import { addDays } from '@communa/tenant-config';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { requestScopeOf } from '../event-opinions/advisor-scope.ts';
import { startOfBrusselsDay } from '../events/calendar-range.ts';
import { staffMiddleware, staffProblemResponses } from '../staff/staff-route-deps.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import type { EventStaffRouteDeps } from './event-staff-route-deps.ts';
import { STAFF_EVENT_REQUESTS_PATH } from './event-staff-route-deps.ts';
import { staffRequestListQuerySchema, staffRequestListSchema } from './event-staff-schemas.ts';
import { countsForStaff, listForStaff } from './event-staff-store.ts';

export function registerGetStaffEventRequests(app: OpenAPIHono<AppEnv>, deps: EventStaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: STAFF_EVENT_REQUESTS_PATH,
    tags: ['Staff: events'],
    summary: 'The commune’s event requests (admin, event-reviewer, event-decider, service-advisor)',
    description:
      'Submitted requests (never drafts), soonest event first, at most 500, filtered by status, type, place, ' +
      'days (events still on from a day, starting by a day) and words of the reference, title or requester; ' +
      'with the count of the commune’s requests per status. A service advisor lists (and counts) only the ' +
      'requests an opinion was asked of one of their services about.',
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
    const answer = await withTenant(deps.db, member.tenant.id, async (tx) => {
      const scope = await requestScopeOf(tx, member);
      const requests = await listForStaff(
        tx,
        member.tenant.id,
        {
          status: query.status,
          type: query.type,
          from: query.from === undefined ? undefined : startOfBrusselsDay(query.from),
          before: query.to === undefined ? undefined : startOfBrusselsDay(addDays(query.to, 1)),
          place: query.place,
          q: query.q,
        },
        scope,
      );
      // The list names who asked: reading it is recorded, in the same transaction.
      await recordAuditEvent(tx, {
        tenantId: member.tenant.id,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'events.requests_listed',
        ip: member.ip,
        detail: { count: requests.length, ...(query.status ? { status: query.status } : {}) },
      });
      return { requests, counts: await countsForStaff(tx, member.tenant.id, scope) };
    });
    return c.json(answer, 200);
  });
}
