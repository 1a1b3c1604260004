import { eventOpinionAttachments, withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import type { EventStaffRouteDeps } from '../event-staff/event-staff-route-deps.ts';
import { requestProblemResponses, STAFF_EVENT_REQUESTS_PATH } from '../event-staff/event-staff-route-deps.ts';
import { staffRequest } from '../event-staff/staff-request-access.ts';
import { respondStoredFile, storedFileResponse } from '../http/stored-file.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { eventOpinionProblems } from './errors.ts';
import { opinionAttachmentParamsSchema } from './event-opinion-schemas.ts';
import { lockOpinion } from './event-opinion-store.ts';

export function registerGetOpinionAttachment(app: OpenAPIHono<AppEnv>, deps: EventStaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: `${STAFF_EVENT_REQUESTS_PATH}/{requestId}/opinions/{serviceKey}/attachments/{attachmentId}`,
    tags: ['Staff: events'],
    summary: 'Download a file of a service’s opinion (whoever reads the opinion; audited)',
    middleware: staffMiddleware(deps, 'event-requests:read'),
    request: { params: opinionAttachmentParamsSchema },
    responses: {
      200: storedFileResponse,
      ...requestProblemResponses,
      404: problemResponse(
        'No such request, opinion or file you may read (event_request_not_found, event_opinion_not_found, ' +
          'event_opinion_attachment_not_found)',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { requestId, serviceKey, attachmentId } = c.req.valid('param');
    const file = await withTenant(deps.db, member.tenant.id, async (tx) => {
      const { row, scope } = await staffRequest(tx, member, requestId);
      const opinion =
        scope.kind === 'all' || scope.services.includes(serviceKey)
          ? await lockOpinion(tx, member.tenant.id, requestId, serviceKey)
          : undefined;
      if (!opinion) throw new ProblemError(eventOpinionProblems.opinionNotFound);
      const [found] = await tx
        .select({
          name: eventOpinionAttachments.name,
          type: eventOpinionAttachments.type,
          content: eventOpinionAttachments.content,
        })
        .from(eventOpinionAttachments)
        .where(
          and(
            eq(eventOpinionAttachments.tenantId, member.tenant.id),
            eq(eventOpinionAttachments.opinionId, opinion.id),
            eq(eventOpinionAttachments.id, attachmentId),
          ),
        );
      if (!found) throw new ProblemError(eventOpinionProblems.attachmentNotFound);
      await recordAuditEvent(tx, {
        tenantId: member.tenant.id,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'events.opinion_file_read',
        targetType: 'event_request',
        targetId: requestId,
        ip: member.ip,
        detail: { reference: row.reference, service: serviceKey, file: attachmentId },
      });
      return found;
    });
    return respondStoredFile(c, file);
  });
}
