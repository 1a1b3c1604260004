import { formSubmissionEvents, withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import type { FormStaffRouteDeps } from './form-staff-route-deps.ts';
import { formStaffProblemResponses, SUBMISSION_PATH } from './form-staff-route-deps.ts';
import { commentInputSchema, historyEventSchema, submissionParamsSchema } from './form-staff-schemas.ts';
import { staffForm } from './staff-form.ts';
import { findSubmission } from './submission-staff-store.ts';

export function registerPostComment(app: OpenAPIHono<AppEnv>, deps: FormStaffRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: `${SUBMISSION_PATH}/comments`,
    tags: ['Staff: forms'],
    summary: 'An internal comment on a submission: staff only, never shown to the citizen',
    middleware: staffMiddleware(deps, 'forms:handle'),
    request: {
      params: submissionParamsSchema,
      body: { required: true, content: { 'application/json': { schema: commentInputSchema } } },
    },
    responses: {
      201: { description: 'The comment', content: { 'application/json': { schema: historyEventSchema } } },
      ...formStaffProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { formKey, submissionId } = c.req.valid('param');
    const { comment } = c.req.valid('json');
    const event = await withTenant(deps.db, member.tenant.id, async (tx) => {
      await staffForm(tx, member.tenant.id, formKey);
      await findSubmission(tx, member.tenant.id, formKey, submissionId);
      const [written] = await tx
        .insert(formSubmissionEvents)
        .values({
          tenantId: member.tenant.id,
          submissionId,
          kind: 'comment',
          comment,
          visibility: 'internal',
          actor: 'staff',
          actorUserId: member.userId,
        })
        .returning();
      if (!written) throw new Error('the comment was not written');
      await recordAuditEvent(tx, {
        tenantId: member.tenant.id,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'forms.submission_commented',
        targetType: 'form_submission',
        targetId: submissionId,
        ip: member.ip,
      });
      return { ...written, actorName: member.name, createdAt: written.createdAt.toISOString() };
    });
    return c.json(
      {
        id: event.id,
        kind: event.kind,
        fromStatus: event.fromStatus,
        toStatus: event.toStatus,
        comment: event.comment,
        visibility: event.visibility,
        actor: event.actor,
        actorName: event.actorName,
        createdAt: event.createdAt,
      },
      201,
    );
  });
}
