import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { changeStatus } from '../event-requests/event-request-store.ts';
import { renderEventRequestUnderReview } from '../notifications/templates/event-request-under-review.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { eventStaffProblems } from './errors.ts';
import type { EventStaffRouteDeps } from './event-staff-route-deps.ts';
import { requestProblemResponses, STAFF_EVENT_REQUESTS_PATH } from './event-staff-route-deps.ts';
import { reviewInputSchema, staffRequestParamsSchema, staffRequestSchema } from './event-staff-schemas.ts';
import { mailRequester } from './requester-mail.ts';
import { staffRequest, staffView } from './staff-request-access.ts';

export function registerPostReview(app: OpenAPIHono<AppEnv>, deps: EventStaffRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: `${STAFF_EVENT_REQUESTS_PATH}/{requestId}/review`,
    tags: ['Staff: events'],
    summary: 'Take a submitted request under review (admin, event-reviewer)',
    description: 'The requester is told by e-mail, in their language.',
    middleware: staffMiddleware(deps, 'event-requests:review'),
    request: {
      params: staffRequestParamsSchema,
      body: { required: true, content: { 'application/json': { schema: reviewInputSchema } } },
    },
    responses: {
      200: { description: 'Under review', content: { 'application/json': { schema: staffRequestSchema } } },
      ...requestProblemResponses,
      409: problemResponse('Not a submitted request (event_request_transition_refused)'),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { requestId } = c.req.valid('param');
    const { comment } = c.req.valid('json');
    const view = await withTenant(deps.db, member.tenant.id, async (tx) => {
      const access = await staffRequest(tx, member, requestId);
      const { row } = access;
      if (row.status !== 'submitted') throw new ProblemError(eventStaffProblems.transitionRefused);
      await changeStatus(tx, row, 'under-review', { kind: 'staff', userId: member.userId }, { comment });
      await mailRequester(tx, deps.jobs, member.tenant, row, {
        kind: 'event-request-under-review',
        render: (brand, followUrl) =>
          renderEventRequestUnderReview(brand, { title: row.title, reference: row.reference, followUrl }),
      });
      return staffView(tx, member, access, { status: 'under-review' });
    });
    return c.json(view, 200);
  });
}
