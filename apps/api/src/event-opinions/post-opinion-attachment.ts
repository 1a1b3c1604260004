import { eventOpinionAttachments, withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import type { EventStaffRouteDeps } from '../event-staff/event-staff-route-deps.ts';
import { requestProblemResponses, STAFF_EVENT_REQUESTS_PATH } from '../event-staff/event-staff-route-deps.ts';
import { checkContent, readAtMost } from '../forms/upload-content.ts';
import { httpProblems } from '../problems/codes.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { ownOpinionForChange } from './advisor-opinion.ts';
import { eventOpinionProblems } from './errors.ts';
import { opinionAttachmentHeadersSchema, opinionParamsSchema } from './event-opinion-schemas.ts';
import { attachmentCount } from './event-opinion-store.ts';
import { opinionAttachmentSchema } from './opinion-view-schema.ts';

/** What an opinion's file may be: documents and photos (re-encoded without metadata). */
export const OPINION_FILE_TYPES: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png'];
export const OPINION_FILE_MAX_BYTES = 10 * 1024 * 1024;
const MAX_FILES = 10;

const fileName = (header: string | undefined): string => {
  try {
    const name = decodeURIComponent(header ?? '').trim();
    return name === '' ? 'file' : name.slice(0, 255);
  } catch {
    return 'file';
  }
};

export function registerPostOpinionAttachment(app: OpenAPIHono<AppEnv>, deps: EventStaffRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: `${STAFF_EVENT_REQUESTS_PATH}/{requestId}/opinions/{serviceKey}/attachments`,
    tags: ['Staff: events'],
    summary: 'Join a file to my service’s opinion (service-advisor of that service)',
    description:
      'The body is the file itself (X-Communa-File-Name carries its name). As for form uploads, its type is read ' +
      'from its content (magic bytes): PDF, JPEG or PNG, photos re-encoded without metadata; at most 10 MiB ' +
      '(413) and 10 files per opinion. Only while the request waits for opinions.',
    middleware: staffMiddleware(deps, 'event-opinions:give'),
    request: { params: opinionParamsSchema, headers: opinionAttachmentHeadersSchema },
    responses: {
      201: { description: 'Stored', content: { 'application/json': { schema: opinionAttachmentSchema } } },
      ...requestProblemResponses,
      404: problemResponse('No such request or opinion of one of your services (event_opinion_not_found)'),
      409: problemResponse(
        'The request no longer waits for opinions (event_opinion_closed), or the opinion has 10 files',
      ),
      413: problemResponse('Larger than 10 MiB; nothing was stored'),
      415: problemResponse('Not a PDF, JPEG or PNG by its content (event_opinion_attachment_type_refused)'),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { requestId, serviceKey } = c.req.valid('param');
    const tooLarge = `An opinion takes files of at most ${OPINION_FILE_MAX_BYTES} bytes`;
    if (Number(c.req.header('content-length') ?? 0) > OPINION_FILE_MAX_BYTES)
      throw new ProblemError(httpProblems.payloadTooLarge, tooLarge);
    // Who may add a file is checked before the body is read.
    await withTenant(deps.db, member.tenant.id, (tx) =>
      ownOpinionForChange(tx, member, requestId, serviceKey),
    );
    const bytes = await readAtMost(c.req.raw.body, OPINION_FILE_MAX_BYTES);
    if (bytes === 'too-large') throw new ProblemError(httpProblems.payloadTooLarge, tooLarge);
    const checked = await checkContent(bytes);
    if (!checked.ok || !OPINION_FILE_TYPES.includes(checked.type))
      throw new ProblemError(
        eventOpinionProblems.attachmentTypeRefused,
        checked.type === undefined
          ? 'The content is of no type recognised by its signature'
          : `The content is ${checked.type}`,
      );
    const stored = await withTenant(deps.db, member.tenant.id, async (tx) => {
      const { opinion, row } = await ownOpinionForChange(tx, member, requestId, serviceKey);
      if ((await attachmentCount(tx, member.tenant.id, opinion.id)) >= MAX_FILES)
        throw new ProblemError(eventOpinionProblems.tooManyAttachments);
      const [file] = await tx
        .insert(eventOpinionAttachments)
        .values({
          tenantId: member.tenant.id,
          opinionId: opinion.id,
          name: fileName(c.req.valid('header')['x-communa-file-name']),
          type: checked.type,
          size: checked.content.byteLength,
          sha256: checked.sha256,
          content: checked.content,
          uploadedBy: member.userId,
        })
        .returning({
          id: eventOpinionAttachments.id,
          name: eventOpinionAttachments.name,
          type: eventOpinionAttachments.type,
          size: eventOpinionAttachments.size,
          createdAt: eventOpinionAttachments.createdAt,
        });
      if (!file) throw new Error('an insert returned no row');
      await recordAuditEvent(tx, {
        tenantId: member.tenant.id,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'events.opinion_file_added',
        targetType: 'event_request',
        targetId: requestId,
        ip: member.ip,
        detail: { reference: row.reference, service: serviceKey, file: file.id, name: file.name },
      });
      const { createdAt, ...rest } = file;
      return { ...rest, uploadedAt: createdAt.toISOString() };
    });
    return c.json(stored, 201);
  });
}
