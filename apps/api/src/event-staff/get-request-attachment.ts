import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { requestUpload } from '../event-requests/event-request-store.ts';
import { respondStoredFile, storedFileResponse } from '../http/stored-file.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { eventStaffProblems } from './errors.ts';
import type { EventStaffRouteDeps } from './event-staff-route-deps.ts';
import { requestProblemResponses, STAFF_EVENT_REQUESTS_PATH } from './event-staff-route-deps.ts';
import { staffRequestAttachmentParamsSchema } from './event-staff-schemas.ts';
import { staffRequest } from './staff-request-access.ts';

export function registerGetRequestAttachment(app: OpenAPIHono<AppEnv>, deps: EventStaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: `${STAFF_EVENT_REQUESTS_PATH}/{requestId}/attachments/{uploadId}`,
    tags: ['Staff: events'],
    summary: 'Download a file the requester attached (whoever reads the request; audited)',
    description:
      'The uploads linked to the request when it was submitted: the ids are those of the file answers in the ' +
      'request’s `answers`.',
    middleware: staffMiddleware(deps, 'event-requests:read'),
    request: { params: staffRequestAttachmentParamsSchema },
    responses: {
      200: storedFileResponse,
      ...requestProblemResponses,
      404: problemResponse(
        'No such request you may read, or no such file attached to it (event_request_not_found, ' +
          'event_request_attachment_not_found)',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { requestId, uploadId } = c.req.valid('param');
    const file = await withTenant(deps.db, member.tenant.id, async (tx) => {
      const { row } = await staffRequest(tx, member, requestId);
      const found = await requestUpload(tx, member.tenant.id, requestId, uploadId);
      if (!found) throw new ProblemError(eventStaffProblems.attachmentNotFound);
      await recordAuditEvent(tx, {
        tenantId: member.tenant.id,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'events.request_file_read',
        targetType: 'event_request',
        targetId: requestId,
        ip: member.ip,
        detail: { reference: row.reference, file: uploadId },
      });
      return found;
    });
    return respondStoredFile(c, file);
  });
}
