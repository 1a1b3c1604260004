import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import type { EventStaffRouteDeps } from '../event-staff/event-staff-route-deps.ts';
import { requestProblemResponses, STAFF_EVENT_REQUESTS_PATH } from '../event-staff/event-staff-route-deps.ts';
import { staffRequestParamsSchema } from '../event-staff/event-staff-schemas.ts';
import { staffRequest } from '../event-staff/staff-request-access.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { decisionLetterDownload, decisionLetterResponse } from './decision-schemas.ts';
import { decisionLetterOf } from './decision-store.ts';
import { eventDecisionProblems } from './errors.ts';

export function registerGetStaffDecisionLetter(app: OpenAPIHono<AppEnv>, deps: EventStaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: `${STAFF_EVENT_REQUESTS_PATH}/{requestId}/decision-letter`,
    tags: ['Staff: events'],
    summary: 'The decision letter of a request as issued (PDF; whoever reads the request; audited)',
    middleware: staffMiddleware(deps, 'event-requests:read'),
    request: { params: staffRequestParamsSchema },
    responses: {
      200: decisionLetterResponse,
      ...requestProblemResponses,
      404: problemResponse(
        'No such request you may read (event_request_not_found) or no decision yet (event_decision_letter_not_found)',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { requestId } = c.req.valid('param');
    const found = await withTenant(deps.db, member.tenant.id, async (tx) => {
      const { row } = await staffRequest(tx, member, requestId);
      const letter = await decisionLetterOf(tx, member.tenant.id, requestId);
      if (!letter) throw new ProblemError(eventDecisionProblems.letterNotFound);
      // It names the requester: every staff read is recorded.
      await recordAuditEvent(tx, {
        tenantId: member.tenant.id,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'events.decision_letter_read',
        targetType: 'event_request',
        targetId: requestId,
        ip: member.ip,
        detail: { reference: row.reference },
      });
      return { letter: letter.letter, reference: row.reference };
    });
    const download = decisionLetterDownload(found.letter, found.reference);
    return c.body(download.body, 200, download.headers);
  });
}
