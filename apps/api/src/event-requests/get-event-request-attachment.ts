import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { respondStoredFile, storedFileResponse } from '../http/stored-file.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { eventRequestProblems } from './errors.ts';
import type { EventRequestRouteDeps } from './event-request-route-deps.ts';
import { MY_EVENT_REQUESTS_PATH } from './event-request-route-deps.ts';
import { eventRequestAttachmentParamsSchema } from './event-request-schemas.ts';
import { lockRequest, requestUpload } from './event-request-store.ts';

export function registerGetEventRequestAttachment(
  app: OpenAPIHono<AppEnv>,
  deps: EventRequestRouteDeps,
): void {
  const route = createRoute({
    method: 'get',
    path: `${MY_EVENT_REQUESTS_PATH}/{requestId}/attachments/{uploadId}`,
    tags: ['Event requests'],
    summary: 'Download a file attached to one of my event requests',
    description:
      'A file linked to the request when it was submitted (an id of a file answer in its `answers`).',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: eventRequestAttachmentParamsSchema },
    responses: {
      200: storedFileResponse,
      400: problemResponse('Not valid'),
      ...citizenProblemResponses,
      404: problemResponse(
        'No such request of mine or of my associations (event_request_not_found), no such file attached to it ' +
          '(event_request_attachment_not_found), or no such commune',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const { tenant: slug, requestId, uploadId } = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, slug);
    const file = await withTenant(deps.db, tenant.id, async (tx) => {
      const row = await lockRequest(tx, tenant.id, requestId, c.var.citizen.userId);
      if (!row) throw new ProblemError(eventRequestProblems.notFound);
      const found = await requestUpload(tx, tenant.id, row.id, uploadId);
      if (!found) throw new ProblemError(eventRequestProblems.attachmentNotFound);
      return found;
    });
    return respondStoredFile(c, file);
  });
}
