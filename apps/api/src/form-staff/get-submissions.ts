import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { formParamsSchema } from '../forms/form-schemas.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { answersSummary } from './answer-text.ts';
import type { FormStaffRouteDeps } from './form-staff-route-deps.ts';
import { formStaffProblemResponses, SUBMISSIONS_PATH, staffLanguage } from './form-staff-route-deps.ts';
import { inboxQuerySchema, inboxSchema } from './form-staff-schemas.ts';
import { presentAssignee, presentStatuses } from './present-staff-submission.ts';
import { countsByStatus, staffForm } from './staff-form.ts';
import { inboxPage, statusCounts } from './submission-staff-store.ts';

export function registerGetSubmissions(app: OpenAPIHono<AppEnv>, deps: FormStaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: SUBMISSIONS_PATH,
    tags: ['Staff: forms'],
    summary:
      'A form’s inbox: submissions newest first, counts per status, filter and search (each read is audited)',
    middleware: staffMiddleware(deps, 'forms:handle'),
    request: { params: formParamsSchema, query: inboxQuerySchema },
    responses: {
      200: { description: 'The inbox', content: { 'application/json': { schema: inboxSchema } } },
      ...formStaffProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { formKey } = c.req.valid('param');
    const query = c.req.valid('query');
    const lang = staffLanguage(member);
    const fallback = member.tenant.publicConfig.languages.default;
    const inbox = await withTenant(deps.db, member.tenant.id, async (tx) => {
      const form = await staffForm(tx, member.tenant.id, formKey);
      const counts = await statusCounts(tx, member.tenant.id, formKey);
      const page = await inboxPage(tx, member.tenant.id, formKey, query);
      // Reading people's requests is itself recorded, in the same transaction.
      await recordAuditEvent(tx, {
        tenantId: member.tenant.id,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'forms.inbox_read',
        targetType: 'form',
        targetId: formKey,
        ip: member.ip,
        detail: { count: page.rows.length, ...(query.status ? { status: query.status } : {}) },
      });
      return {
        form: {
          key: form.key,
          version: form.version,
          title: form.definition.title,
          statuses: presentStatuses(form.workflow),
          counts: countsByStatus(form.workflow.statuses, counts),
        },
        // Each summary is read against the current version's fields: one line, not the record.
        submissions: page.rows.map((row) => ({
          id: row.id,
          reference: row.reference,
          submittedAt: row.submittedAt.toISOString(),
          status: row.status,
          assignee: presentAssignee(row),
          summary: answersSummary(form.definition, row.answers, lang, fallback),
        })),
        nextCursor: page.nextCursor,
      };
    });
    return c.json(inbox, 200);
  });
}
