import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import type { EventStaffRouteDeps } from '../event-staff/event-staff-route-deps.ts';
import { requestProblemResponses, STAFF_EVENT_REQUESTS_PATH } from '../event-staff/event-staff-route-deps.ts';
import { staffRequestSchema } from '../event-staff/event-staff-schemas.ts';
import { staffView } from '../event-staff/staff-request-access.ts';
import { problemResponse } from '../problems/problem.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { ownOpinionForChange } from './advisor-opinion.ts';
import { opinionInputSchema, opinionParamsSchema } from './event-opinion-schemas.ts';
import { recordOpinion } from './event-opinion-store.ts';

export function registerPutOpinion(app: OpenAPIHono<AppEnv>, deps: EventStaffRouteDeps): void {
  const route = createRoute({
    method: 'put',
    path: `${STAFF_EVENT_REQUESTS_PATH}/{requestId}/opinions/{serviceKey}`,
    tags: ['Staff: events'],
    summary: 'Give (or amend) my service’s opinion on a request (service-advisor of that service; audited)',
    description:
      'favourable, favourable-with-conditions (with the conditions, offered to the decider) or unfavourable, with ' +
      'optional reasons. May be amended while the request waits for opinions; once decided (or withdrawn) it ' +
      'is final. Only an advisor set on the service by an admin gives it; any other person gets 404.',
    middleware: staffMiddleware(deps, 'event-opinions:give'),
    request: {
      params: opinionParamsSchema,
      body: { required: true, content: { 'application/json': { schema: opinionInputSchema } } },
    },
    responses: {
      200: { description: 'Given', content: { 'application/json': { schema: staffRequestSchema } } },
      ...requestProblemResponses,
      404: problemResponse(
        'No such commune among yours, no such request you may read (event_request_not_found), or no opinion ' +
          'asked of one of your services (event_opinion_not_found)',
      ),
      409: problemResponse('The request no longer waits for opinions (event_opinion_closed)'),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { requestId, serviceKey } = c.req.valid('param');
    const input = c.req.valid('json');
    const view = await withTenant(deps.db, member.tenant.id, async (tx) => {
      const { opinion, access } = await ownOpinionForChange(tx, member, requestId, serviceKey);
      await recordOpinion(tx, opinion, {
        status: input.status,
        conditions: input.conditions ?? null,
        comment: input.comment ?? null,
        givenBy: member.userId,
      });
      await recordAuditEvent(tx, {
        tenantId: member.tenant.id,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: opinion.givenAt === null ? 'events.opinion_given' : 'events.opinion_amended',
        targetType: 'event_request',
        targetId: requestId,
        ip: member.ip,
        detail: { reference: access.row.reference, service: serviceKey, status: input.status },
      });
      return staffView(tx, member, access);
    });
    return c.json(view, 200);
  });
}
