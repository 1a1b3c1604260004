import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { changeStatus } from '../event-requests/event-request-store.ts';
import type { EventStaffRouteDeps } from '../event-staff/event-staff-route-deps.ts';
import { requestProblemResponses, STAFF_EVENT_REQUESTS_PATH } from '../event-staff/event-staff-route-deps.ts';
import { staffRequestParamsSchema, staffRequestSchema } from '../event-staff/event-staff-schemas.ts';
import { staffRequest, staffView } from '../event-staff/staff-request-access.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { closingInputSchema } from './decision-schemas.ts';
import { eventDecisionProblems } from './errors.ts';
import { DECIDED } from './request-closing.ts';

export function registerPostClosing(app: OpenAPIHono<AppEnv>, deps: EventStaffRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: `${STAFF_EVENT_REQUESTS_PATH}/{requestId}/closing`,
    tags: ['Staff: events'],
    summary: 'Close a decided request (admin, event-decider; audited)',
    description:
      'Files a decided request away, for example once a refusal is settled or the event is over. The worker ' +
      'also closes every decided request the day after its event ends. An approved event closed before it ' +
      'ends leaves the open calendar.',
    middleware: staffMiddleware(deps, 'event-requests:decide'),
    request: {
      params: staffRequestParamsSchema,
      body: { required: true, content: { 'application/json': { schema: closingInputSchema } } },
    },
    responses: {
      200: { description: 'Closed', content: { 'application/json': { schema: staffRequestSchema } } },
      ...requestProblemResponses,
      409: problemResponse('Not decided, or already closed (event_request_not_closable)'),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { requestId } = c.req.valid('param');
    const { comment } = c.req.valid('json');
    const view = await withTenant(deps.db, member.tenant.id, async (tx) => {
      const access = await staffRequest(tx, member, requestId);
      const { row } = access;
      if (!DECIDED.has(row.status)) throw new ProblemError(eventDecisionProblems.notClosable);
      await changeStatus(tx, row, 'closed', { kind: 'staff', userId: member.userId }, { comment });
      await recordAuditEvent(tx, {
        tenantId: member.tenant.id,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'events.request_closed',
        targetType: 'event_request',
        targetId: row.id,
        ip: member.ip,
        detail: { reference: row.reference, from: row.status },
      });
      return staffView(tx, member, access, { status: 'closed' });
    });
    return c.json(view, 200);
  });
}
