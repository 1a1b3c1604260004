import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { mailAdvisorsOfOutcome } from '../event-opinions/advisor-mail.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { eventRequestProblems } from './errors.ts';
import type { EventRequestRouteDeps } from './event-request-route-deps.ts';
import { MY_EVENT_REQUESTS_PATH } from './event-request-route-deps.ts';
import {
  eventRequestParamsSchema,
  eventRequestSchema,
  withdrawalInputSchema,
} from './event-request-schemas.ts';
import { changeStatus, lockRequest, presentRequest } from './event-request-store.ts';

/** Until the commune decides, the requester may give up; the place and equipment are freed at once. */
const WITHDRAWABLE = new Set(['draft', 'submitted', 'incomplete', 'under-review', 'opinions-requested']);

export function registerPostEventRequestWithdrawal(
  app: OpenAPIHono<AppEnv>,
  deps: EventRequestRouteDeps,
): void {
  const route = createRoute({
    method: 'post',
    path: `${MY_EVENT_REQUESTS_PATH}/{requestId}/withdrawal`,
    tags: ['Event requests'],
    summary: 'Withdraw my event request',
    description:
      'Possible at any time before the decision; the request stays (reference and history) as withdrawn and ' +
      'no longer holds its place or equipment. The advisors of the services asked for an opinion are e-mailed.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: {
      params: eventRequestParamsSchema,
      body: { required: true, content: { 'application/json': { schema: withdrawalInputSchema } } },
    },
    responses: {
      200: { description: 'Withdrawn', content: { 'application/json': { schema: eventRequestSchema } } },
      400: problemResponse('Not valid; nothing was written'),
      ...citizenProblemResponses,
      404: problemResponse(
        'No such request of mine or of my associations (event_request_not_found), or no such commune',
      ),
      409: problemResponse('Already decided, withdrawn or closed (event_request_not_withdrawable)'),
    },
  });
  app.openapi(route, async (c) => {
    const { tenant: slug, requestId } = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, slug);
    const { comment } = c.req.valid('json');
    const requesterId = c.var.citizen.userId;
    const view = await withTenant(deps.db, tenant.id, async (tx) => {
      const row = await lockRequest(tx, tenant.id, requestId, requesterId);
      if (!row) throw new ProblemError(eventRequestProblems.notFound);
      if (!WITHDRAWABLE.has(row.status)) throw new ProblemError(eventRequestProblems.notWithdrawable);
      await changeStatus(tx, row, 'withdrawn', { kind: 'requester', userId: requesterId }, { comment });
      await mailAdvisorsOfOutcome(tx, deps, tenant, row, 'withdrawn');
      return presentRequest(tx, { ...row, status: 'withdrawn' });
    });
    return c.json(view, 200);
  });
}
