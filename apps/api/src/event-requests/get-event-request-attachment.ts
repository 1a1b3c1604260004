import { formUploads, withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { eventRequestProblems } from './errors.ts';
import type { EventRequestRouteDeps } from './event-request-route-deps.ts';
import { MY_EVENT_REQUESTS_PATH } from './event-request-route-deps.ts';
import { eventRequestAttachmentParamsSchema } from './event-request-schemas.ts';
import { lockRequest } from './event-request-store.ts';

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
      200: {
        description: 'The file, as stored',
        headers: z.object({ 'Content-Disposition': z.string() }),
        content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
      },
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
      const [found] = await tx
        .select({ name: formUploads.name, type: formUploads.type, content: formUploads.content })
        .from(formUploads)
        .where(
          and(
            eq(formUploads.tenantId, tenant.id),
            eq(formUploads.eventRequestId, row.id),
            eq(formUploads.id, uploadId),
          ),
        );
      if (!found) throw new ProblemError(eventRequestProblems.attachmentNotFound);
      return found;
    });
    return c.body(new Uint8Array(file.content) as Uint8Array<ArrayBuffer>, 200, {
      'content-type': file.type,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
  });
}
