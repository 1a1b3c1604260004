import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { readVersion } from '../forms/form-store.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import type { FormStaffRouteDeps } from './form-staff-route-deps.ts';
import { formStaffProblemResponses, SUBMISSION_PATH } from './form-staff-route-deps.ts';
import { staffSubmissionSchema, submissionParamsSchema } from './form-staff-schemas.ts';
import { presentStaffSubmission } from './present-staff-submission.ts';
import { staffForm } from './staff-form.ts';
import { findSubmission, submissionHistory } from './submission-staff-store.ts';

export function registerGetSubmission(app: OpenAPIHono<AppEnv>, deps: FormStaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: SUBMISSION_PATH,
    tags: ['Staff: forms'],
    summary:
      'A submission: its answers with the definition of the version it was filled with, history, internal comments, next steps (each read is audited)',
    middleware: staffMiddleware(deps, 'forms:handle'),
    request: { params: submissionParamsSchema },
    responses: {
      200: {
        description: 'The submission',
        content: { 'application/json': { schema: staffSubmissionSchema } },
      },
      ...formStaffProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { tenant, formKey, submissionId } = c.req.valid('param');
    const submission = await withTenant(deps.db, member.tenant.id, async (tx) => {
      await staffForm(tx, member.tenant.id, formKey);
      const row = await findSubmission(tx, member.tenant.id, formKey, submissionId);
      const history = await submissionHistory(tx, member.tenant.id, submissionId);
      await recordAuditEvent(tx, {
        tenantId: member.tenant.id,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'forms.submission_read',
        targetType: 'form_submission',
        targetId: submissionId,
        ip: member.ip,
      });
      return presentStaffSubmission(
        row,
        readVersion({ ...row, key: row.formKey }),
        history,
        member.roles,
        (fileName) =>
          `/v1/admin/tenants/${tenant}/forms/${formKey}/submissions/${submissionId}/documents/${fileName}`,
      );
    });
    return c.json(submission, 200);
  });
}
