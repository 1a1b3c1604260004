import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { changeStatus } from '../event-requests/event-request-store.ts';
import { eventStaffProblems } from '../event-staff/errors.ts';
import type { EventStaffRouteDeps } from '../event-staff/event-staff-route-deps.ts';
import { requestProblemResponses, STAFF_EVENT_REQUESTS_PATH } from '../event-staff/event-staff-route-deps.ts';
import { staffRequestParamsSchema, staffRequestSchema } from '../event-staff/event-staff-schemas.ts';
import { staffRequest, staffView } from '../event-staff/staff-request-access.ts';
import { brusselsToday } from '../households/child-rules.ts';
import { renderEventOpinionRequested } from '../notifications/templates/event-opinion-requested.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { mailAdvisors } from './advisor-mail.ts';
import { eventOpinionProblems } from './errors.ts';
import { opinionRequestInputSchema } from './event-opinion-schemas.ts';
import { activeServices, insertOpinions, servicesAsked, servicesOfType } from './event-opinion-store.ts';
import { servicesToAsk } from './opinion-rules.ts';

/** Opinions are asked once the file is complete; more services may be asked while waiting for them. */
const FROM = new Set(['under-review', 'opinions-requested']);

export function registerPostOpinionRequest(app: OpenAPIHono<AppEnv>, deps: EventStaffRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: `${STAFF_EVENT_REQUESTS_PATH}/{requestId}/opinion-requests`,
    tags: ['Staff: events'],
    summary: 'Ask the commune’s services for their opinion on a request (admin, event-reviewer)',
    description:
      'From under review (the request moves to opinions-requested) or while opinions are requested (to ask more ' +
      'services). One pending opinion per service, due on `dueOn`; by default the services the event type ' +
      'lists. Each service’s advisors are e-mailed in their language (the service’s configured address when ' +
      'nobody is set on it yet), then reminded from two days before the due date and daily once overdue.',
    middleware: staffMiddleware(deps, 'event-requests:review'),
    request: {
      params: staffRequestParamsSchema,
      body: { required: true, content: { 'application/json': { schema: opinionRequestInputSchema } } },
    },
    responses: {
      200: { description: 'Asked', content: { 'application/json': { schema: staffRequestSchema } } },
      ...requestProblemResponses,
      409: problemResponse(
        'Not under review or waiting for opinions (event_request_transition_refused), or a service was already ' +
          'asked (event_opinion_already_requested)',
      ),
      422: problemResponse(
        'A service the commune does not have (event_service_unknown), none to ask (event_opinion_no_services), ' +
          'or a due date in the past (event_opinion_due_date_past); nothing was written',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const tenant = member.tenant;
    const { requestId } = c.req.valid('param');
    const input = c.req.valid('json');
    if (input.dueOn < brusselsToday(new Date())) throw new ProblemError(eventOpinionProblems.dueDatePast);
    const view = await withTenant(deps.db, tenant.id, async (tx) => {
      const access = await staffRequest(tx, member, requestId);
      const { row } = access;
      if (!FROM.has(row.status)) throw new ProblemError(eventStaffProblems.transitionRefused);
      const [known, typeServices, asked] = await Promise.all([
        activeServices(tx, tenant.id),
        servicesOfType(tx, tenant.id, row.typeKey),
        servicesAsked(tx, tenant.id, row.id),
      ]);
      const unknown = (input.services ?? []).filter((key) => !known.some((service) => service.key === key));
      if (unknown.length > 0)
        throw new ProblemError(
          eventOpinionProblems.serviceUnknown,
          `Unknown services: ${unknown.join(', ')}`,
        );
      const { ask, repeated } = servicesToAsk(
        input.services,
        typeServices.filter((key) => known.some((service) => service.key === key)),
        asked,
      );
      if (repeated.length > 0)
        throw new ProblemError(
          eventOpinionProblems.alreadyRequested,
          `Already asked: ${repeated.join(', ')}`,
        );
      if (ask.length === 0) throw new ProblemError(eventOpinionProblems.noServices);
      await insertOpinions(tx, {
        tenantId: tenant.id,
        requestId: row.id,
        services: ask,
        dueOn: input.dueOn,
        question: input.question,
        requestedBy: member.userId,
      });
      // The history tells the requester the file went to the services, not which ones.
      await changeStatus(tx, row, 'opinions-requested', { kind: 'staff', userId: member.userId });
      await mailAdvisors(
        tx,
        deps,
        tenant,
        row,
        ask.map((serviceKey) => ({ serviceKey, dueOn: input.dueOn, question: input.question ?? null })),
        {
          kind: 'event-opinion-requested',
          key: `event-opinion-requested/${tenant.slug}/${row.reference}/${Date.now()}`,
          render: renderEventOpinionRequested,
        },
      );
      return staffView(tx, member, access, { status: 'opinions-requested' });
    });
    return c.json(view, 200);
  });
}
