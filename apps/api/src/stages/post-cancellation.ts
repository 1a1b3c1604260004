import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { findHouseholdId } from '../households/household-store.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { cancelEnrolment } from './cancel-enrolment.ts';
import {
  cancellationInputSchema,
  cancelledEnrolmentSchema,
  enrolmentParamsSchema,
} from './enrolment-change-schemas.ts';
import type { EnrolmentRouteDeps } from './enrolment-route-deps.ts';
import { ENROLMENTS_PATH } from './enrolment-route-deps.ts';
import { stageProblems } from './errors.ts';

export function registerPostCancellation(app: OpenAPIHono<AppEnv>, deps: EnrolmentRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: `${ENROLMENTS_PATH}/{enrolmentId}/cancellation`,
    tags: ['Stages'],
    summary: 'Cancel an enrolment of a child of my household',
    description:
      'Under the session’s rules: free until the configured number of days before the first day, then the fee ' +
      '(never more than the price); a medical reason is free where the session allows it. A waitlisted or offered ' +
      'child is cancelled at no cost. The fee and the credit (price less fee) are recorded. A freed seat is offered ' +
      'to the first family on the waitlist; a waitlisted child leaves the waitlist and those behind move up. ' +
      'Siblings left in the session are priced again.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: {
      params: enrolmentParamsSchema,
      body: { required: true, content: { 'application/json': { schema: cancellationInputSchema } } },
    },
    responses: {
      200: {
        description: 'Cancelled',
        content: { 'application/json': { schema: cancelledEnrolmentSchema } },
      },
      400: problemResponse('Not valid; nothing was written'),
      ...citizenProblemResponses,
      404: problemResponse(
        'No such enrolment of a child of my household (enrolment_not_found), or no such commune',
      ),
      409: problemResponse('Already cancelled (enrolment_already_cancelled); nothing was written'),
    },
  });
  app.openapi(route, async (c) => {
    const { tenant: slug, enrolmentId } = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, slug);
    const { reason } = c.req.valid('json');
    const cancelled = await withTenant(deps.db, tenant.id, async (tx) => {
      const householdId = await findHouseholdId(tx, tenant.id, c.var.citizen.userId);
      if (!householdId) throw new ProblemError(stageProblems.enrolmentNotFound);
      return cancelEnrolment(tx, deps, tenant, { householdId, enrolmentId, reason, now: new Date() });
    });
    return c.json(
      {
        id: cancelled.id,
        status: 'cancelled' as const,
        cancellation: {
          reason: cancelled.reason,
          feeCents: cancelled.charge.feeCents,
          creditCents: cancelled.charge.creditCents,
          cancelledAt: cancelled.cancelledAt.toISOString(),
        },
      },
      200,
    );
  });
}
