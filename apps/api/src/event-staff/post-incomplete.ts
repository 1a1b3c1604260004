import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { changeStatus } from '../event-requests/event-request-store.ts';
import { renderEventRequestIncomplete } from '../notifications/templates/event-request-incomplete.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { eventStaffProblems } from './errors.ts';
import type { EventStaffRouteDeps } from './event-staff-route-deps.ts';
import { requestProblemResponses, STAFF_EVENT_REQUESTS_PATH } from './event-staff-route-deps.ts';
import {
  incompleteInputSchema,
  staffRequestParamsSchema,
  staffRequestSchema,
} from './event-staff-schemas.ts';
import { mailRequester } from './requester-mail.ts';
import { staffRequest, staffView } from './staff-request-access.ts';

/** A file is sent back while it is being reviewed, before opinions are asked. */
const FROM = new Set(['submitted', 'under-review']);

export function registerPostIncomplete(app: OpenAPIHono<AppEnv>, deps: EventStaffRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: `${STAFF_EVENT_REQUESTS_PATH}/{requestId}/incomplete`,
    tags: ['Staff: events'],
    summary: 'Send a request back to its requester to complete (admin, event-reviewer)',
    description:
      'The comment says what is missing; the requester sees it on the request, gets it by e-mail in their ' +
      'language, edits the request and submits it again.',
    middleware: staffMiddleware(deps, 'event-requests:review'),
    request: {
      params: staffRequestParamsSchema,
      body: { required: true, content: { 'application/json': { schema: incompleteInputSchema } } },
    },
    responses: {
      200: { description: 'Sent back', content: { 'application/json': { schema: staffRequestSchema } } },
      ...requestProblemResponses,
      409: problemResponse('Not submitted or under review (event_request_transition_refused)'),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const tenant = member.tenant;
    const { requestId } = c.req.valid('param');
    const { comment } = c.req.valid('json');
    const view = await withTenant(deps.db, tenant.id, async (tx) => {
      const access = await staffRequest(tx, member, requestId);
      const { row } = access;
      if (!FROM.has(row.status)) throw new ProblemError(eventStaffProblems.transitionRefused);
      await changeStatus(tx, row, 'incomplete', { kind: 'staff', userId: member.userId }, { comment });
      await mailRequester(tx, deps.jobs, tenant, row, {
        kind: 'event-request-incomplete',
        render: (brand, followUrl) =>
          renderEventRequestIncomplete(brand, {
            title: row.title,
            reference: row.reference,
            comment,
            followUrl,
          }),
      });
      return staffView(tx, member, access, { status: 'incomplete' });
    });
    return c.json(view, 200);
  });
}
