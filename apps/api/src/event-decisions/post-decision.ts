import { withTenant } from '@communa/db';
import { localize } from '@communa/tenant-config';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { mailAdvisorsOfOutcome } from '../event-opinions/advisor-mail.ts';
import { opinionsOf } from '../event-opinions/event-opinion-store.ts';
import { conditionsFromOpinions } from '../event-opinions/opinion-rules.ts';
import { changeStatus } from '../event-requests/event-request-store.ts';
import { eventStaffProblems } from '../event-staff/errors.ts';
import type { EventStaffRouteDeps } from '../event-staff/event-staff-route-deps.ts';
import { requestProblemResponses, STAFF_EVENT_REQUESTS_PATH } from '../event-staff/event-staff-route-deps.ts';
import { staffRequestParamsSchema, staffRequestSchema } from '../event-staff/event-staff-schemas.ts';
import { requesterOf } from '../event-staff/event-staff-store.ts';
import { mailRequester, requesterLanguage } from '../event-staff/requester-mail.ts';
import { staffRequest, staffView } from '../event-staff/staff-request-access.ts';
import { brusselsToday } from '../households/child-rules.ts';
import { renderEventRequestDecided } from '../notifications/templates/event-request-decided.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { decisionLetterOf } from './decision-letter-document.ts';
import { decisionLetterPdf } from './decision-letter-pdf.ts';
import { decisionInputSchema } from './decision-schemas.ts';
import { insertDecision } from './decision-store.ts';
import { eventDecisionProblems } from './errors.ts';

/**
 * A complete file is decided, with or without the services' opinions: an opinion still pending
 * then stays pending, no longer reminded nor given.
 */
const FROM = new Set(['under-review', 'opinions-requested']);

export function registerPostDecision(app: OpenAPIHono<AppEnv>, deps: EventStaffRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: `${STAFF_EVENT_REQUESTS_PATH}/{requestId}/decision`,
    tags: ['Staff: events'],
    summary: 'Decide a request and issue its letter (admin, event-decider; audited)',
    description:
      'approved, approved-with-conditions (conditions given, else those of the services’ opinions) or refused, ' +
      'with a motivation; from under review or while opinions are requested (opinions still pending stay so, ' +
      'no longer reminded nor given). The decision letter (PDF) is written once, from the commune’s letterhead ' +
      'and eventDecisionLetter settings, in the requester’s language, kept as issued and mailed to the ' +
      'requester with the decision. The advisors of the services asked for an opinion are e-mailed the outcome.',
    middleware: staffMiddleware(deps, 'event-requests:decide'),
    request: {
      params: staffRequestParamsSchema,
      body: { required: true, content: { 'application/json': { schema: decisionInputSchema } } },
    },
    responses: {
      200: { description: 'Decided', content: { 'application/json': { schema: staffRequestSchema } } },
      ...requestProblemResponses,
      409: problemResponse('Not under review or waiting for opinions (event_request_transition_refused)'),
      422: problemResponse(
        'Approved with conditions but none given nor offered by the opinions (event_decision_conditions_required)',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const tenant = member.tenant;
    const { requestId } = c.req.valid('param');
    const input = c.req.valid('json');
    const view = await withTenant(deps.db, tenant.id, async (tx) => {
      const access = await staffRequest(tx, member, requestId);
      const { row } = access;
      if (!FROM.has(row.status)) throw new ProblemError(eventStaffProblems.transitionRefused);
      const requester = await requesterOf(tx, row);
      const language = requesterLanguage(tenant, requester?.language);
      const fallback = tenant.publicConfig.languages.default;
      let conditions: string | null = null;
      if (input.outcome === 'approved-with-conditions') {
        const opinions = await opinionsOf(tx, tenant.id, row.id, { kind: 'all' }, brusselsToday(new Date()));
        conditions =
          input.conditions ??
          conditionsFromOpinions(
            opinions.map((opinion) => ({
              ...opinion,
              serviceName: localize(opinion.serviceName, language, fallback),
            })),
          );
        if (conditions === null) throw new ProblemError(eventDecisionProblems.conditionsRequired);
      }
      const decidedAt = new Date();
      const decision = { outcome: input.outcome, conditions, motivation: input.motivation, decidedAt };
      const letter = Buffer.from(
        await decisionLetterPdf(
          await decisionLetterOf(tx, {
            tenant,
            row,
            requesterName: requester ? requester.name || requester.email : row.reference,
            language,
            decision,
          }),
        ),
      );
      await insertDecision(tx, {
        ...decision,
        tenantId: tenant.id,
        requestId: row.id,
        decidedBy: member.userId,
        letterLanguage: language,
        letter,
      });
      await changeStatus(tx, row, input.outcome, { kind: 'staff', userId: member.userId });
      await recordAuditEvent(tx, {
        tenantId: tenant.id,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'events.request_decided',
        targetType: 'event_request',
        targetId: row.id,
        ip: member.ip,
        detail: { reference: row.reference, outcome: input.outcome },
      });
      await mailRequester(tx, deps.jobs, tenant, row, {
        kind: 'event-request-decided',
        render: (brand, followUrl) =>
          renderEventRequestDecided(brand, {
            title: row.title,
            reference: row.reference,
            outcome: input.outcome,
            conditions,
            motivation: input.motivation,
            followUrl,
          }),
        attachments: [
          {
            filename: `decision-${row.reference}.pdf`,
            contentType: 'application/pdf',
            contentBase64: letter.toString('base64'),
          },
        ],
      });
      await mailAdvisorsOfOutcome(tx, deps, tenant, row, input.outcome);
      return staffView(tx, member, access, { status: input.outcome });
    });
    return c.json(view, 200);
  });
}
