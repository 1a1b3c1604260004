import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { findHouseholdId } from '../households/household-store.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import type { OfferAnswer } from './answer-offer.ts';
import { answerOffer } from './answer-offer.ts';
import { enrolmentParamsSchema, offerAnswerResultSchema } from './enrolment-change-schemas.ts';
import type { EnrolmentRouteDeps } from './enrolment-route-deps.ts';
import { ENROLMENTS_PATH } from './enrolment-route-deps.ts';
import { stageProblems } from './errors.ts';

const SUMMARIES: Record<OfferAnswer, { summary: string; description: string; done: string }> = {
  accept: {
    summary: 'Accept the seat offered to a child of my household',
    description: 'Before the offer’s deadline: the enrolment is confirmed and a confirmation e-mail follows.',
    done: 'Confirmed',
  },
  decline: {
    summary: 'Decline the seat offered to a child of my household',
    description: 'Before the offer’s deadline: the enrolment is cancelled at no cost and the seat passes on.',
    done: 'Cancelled; the seat is offered to the next family',
  },
};

/** POST …/me/enrolments/{enrolmentId}/offer/accept and …/offer/decline. */
export function registerPostOfferAnswers(app: OpenAPIHono<AppEnv>, deps: EnrolmentRouteDeps): void {
  for (const answer of ['accept', 'decline'] as const) {
    const texts = SUMMARIES[answer];
    const route = createRoute({
      method: 'post',
      path: `${ENROLMENTS_PATH}/{enrolmentId}/offer/${answer}`,
      tags: ['Stages'],
      summary: texts.summary,
      description: texts.description,
      middleware: [requireCitizen(deps.auth)] as const,
      request: { params: enrolmentParamsSchema },
      responses: {
        200: {
          description: texts.done,
          content: { 'application/json': { schema: offerAnswerResultSchema } },
        },
        ...citizenProblemResponses,
        404: problemResponse(
          'No such enrolment of a child of my household (enrolment_not_found), or no such commune',
        ),
        409: problemResponse(
          'The deadline has passed (offer_expired) or no seat is offered to it (no_pending_offer); nothing was written',
        ),
      },
    });
    app.openapi(route, async (c) => {
      const { tenant: slug, enrolmentId } = c.req.valid('param');
      const tenant = await resolveCommune(deps.tenants, slug);
      const status = await withTenant(deps.db, tenant.id, async (tx) => {
        const householdId = await findHouseholdId(tx, tenant.id, c.var.citizen.userId);
        if (!householdId) throw new ProblemError(stageProblems.enrolmentNotFound);
        return answerOffer(tx, deps, tenant, { householdId, enrolmentId, answer, now: new Date() });
      });
      return c.json({ id: enrolmentId, status }, 200);
    });
  }
}
