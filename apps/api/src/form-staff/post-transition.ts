import { formSubmissionEvents, formSubmissions, withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { and, eq, sql } from 'drizzle-orm';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { readVersion } from '../forms/form-store.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { formStaffProblems } from './errors.ts';
import type { FormStaffRouteDeps } from './form-staff-route-deps.ts';
import { formStaffProblemResponses, SUBMISSION_PATH } from './form-staff-route-deps.ts';
import { historyEventSchema, submissionParamsSchema, transitionInputSchema } from './form-staff-schemas.ts';
import { staffForm } from './staff-form.ts';
import { findSubmission } from './submission-staff-store.ts';
import { assigneeOf, enqueueCitizenMails } from './transition-actions.ts';
import { pickTransition } from './workflow-rules.ts';

export function registerPostTransition(app: OpenAPIHono<AppEnv>, deps: FormStaffRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: `${SUBMISSION_PATH}/transitions`,
    tags: ['Staff: forms'],
    summary:
      'Moves a submission on along its workflow and runs the transition’s actions (e-mail, completion request, assignment, document) in one transaction',
    middleware: staffMiddleware(deps, 'forms:handle'),
    request: {
      params: submissionParamsSchema,
      body: { required: true, content: { 'application/json': { schema: transitionInputSchema } } },
    },
    responses: {
      201: {
        description: 'The status event',
        content: { 'application/json': { schema: historyEventSchema } },
      },
      ...formStaffProblemResponses,
      403: problemResponse(
        'Your roles may not make this transition (transition_forbidden), or the staff checks (forbidden, cross_site_request…)',
      ),
      409: problemResponse(
        'The workflow has no such transition from the current status (transition_not_allowed)',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { formKey, submissionId } = c.req.valid('param');
    const input = c.req.valid('json');
    const event = await withTenant(deps.db, member.tenant.id, async (tx) => {
      await staffForm(tx, member.tenant.id, formKey);
      // Locked: two agents moving the same submission at once take turns, the second from the new status.
      const row = await findSubmission(tx, member.tenant.id, formKey, submissionId, true);
      const form = readVersion({ ...row, key: row.formKey });
      const transition = pickTransition(form.workflow, row.status, input.to, member.roles);
      if (transition === 'missing') throw new ProblemError(formStaffProblems.transitionNotAllowed);
      if (transition === 'forbidden') throw new ProblemError(formStaffProblems.transitionForbidden);
      const assign = transition.actions.find((action) => action.type === 'assign');
      const assignee = assign ? await assigneeOf(tx, member, assign, input.assignee) : undefined;
      const toCitizen = transition.actions.some(
        (action) => action.type === 'request-completion' || action.type === 'email-citizen',
      );
      await tx
        .update(formSubmissions)
        .set({
          status: transition.to,
          updatedAt: sql`now()`,
          ...(assignee === undefined ? {} : { assigneeUserId: assignee }),
        })
        .where(and(eq(formSubmissions.tenantId, member.tenant.id), eq(formSubmissions.id, submissionId)));
      const [written] = await tx
        .insert(formSubmissionEvents)
        .values({
          tenantId: member.tenant.id,
          submissionId,
          kind: 'status',
          fromStatus: row.status,
          toStatus: transition.to,
          comment: input.comment ?? null,
          // A comment sent to the citizen (by mail, or as what to complete) is theirs to see.
          visibility: toCitizen && input.comment !== undefined ? 'citizen' : 'internal',
          actor: 'staff',
          actorUserId: member.userId,
        })
        .returning();
      if (!written) throw new Error('the status event was not written');
      const mails = await enqueueCitizenMails(
        deps.jobs,
        tx,
        member,
        row,
        form.definition,
        transition,
        written.id,
        input.comment,
      );
      await recordAuditEvent(tx, {
        tenantId: member.tenant.id,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'forms.submission_transitioned',
        targetType: 'form_submission',
        targetId: submissionId,
        ip: member.ip,
        detail: { from: row.status, to: transition.to, mails, ...(assignee ? { assignee } : {}) },
      });
      return {
        id: written.id,
        kind: written.kind,
        fromStatus: written.fromStatus,
        toStatus: written.toStatus,
        comment: written.comment,
        visibility: written.visibility,
        actor: written.actor,
        actorName: member.name,
        createdAt: written.createdAt.toISOString(),
      };
    });
    return c.json(event, 201);
  });
}
