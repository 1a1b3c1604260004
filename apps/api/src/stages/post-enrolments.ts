import { withTenant } from '@communa/db';
import { localize } from '@communa/tenant-config';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { householdProblems } from '../households/errors.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { findHouseholdId } from '../households/household-store.ts';
import { claimIdempotencyKey, saveIdempotentAnswer } from '../idempotency/idempotency-store.ts';
import { idempotencyHeadersSchema, requestFingerprint } from '../idempotency/request-fingerprint.ts';
import { enqueueMail } from '../jobs/mail-jobs.ts';
import { mailLanguage } from '../notifications/templates/mail-brand.ts';
import { renderStageEnrolmentConfirmation } from '../notifications/templates/stage-enrolment-confirmation.ts';
import { tenantMailBrand } from '../notifications/tenant-mail.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { enrolChildren } from './enrol-children.ts';
import type { EnrolmentRouteDeps } from './enrolment-route-deps.ts';
import { ENROLMENTS_PATH } from './enrolment-route-deps.ts';
import type { EnrolmentAnswer, EnrolmentResult } from './enrolment-schemas.ts';
import { enrolmentAnswerSchema, enrolmentInputSchema } from './enrolment-schemas.ts';
import { findOpenableSession, householdResidency } from './enrolment-store.ts';
import { stageProblems } from './errors.ts';

export function registerPostEnrolments(app: OpenAPIHono<AppEnv>, deps: EnrolmentRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: ENROLMENTS_PATH,
    tags: ['Stages'],
    summary: 'Enrol children of my household in a session',
    description:
      'Each child is confirmed (a seat), waitlisted (with its position, in arrival order) or refused with a reason ' +
      '(child_not_found, not_open_yet with opensAt, enrolment_closed, age_out_of_range, already_enrolled, ' +
      'overlapping_session, sibling_refused). A refused child is not written; the others proceed, unless ' +
      'allOrNone. Seats are never confirmed beyond capacity; a confirmation e-mail follows. When no child at all ' +
      'can be enrolled, the answer is 409 enrolment_refused with one error per child (path childIds.<i>, code = ' +
      'the reason) and nothing is written. Send an Idempotency-Key to retry safely.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: {
      params: tenantParamsSchema,
      headers: idempotencyHeadersSchema,
      body: { required: true, content: { 'application/json': { schema: enrolmentInputSchema } } },
    },
    responses: {
      201: { description: 'Enrolled', content: { 'application/json': { schema: enrolmentAnswerSchema } } },
      400: problemResponse('Not valid; nothing was written'),
      ...citizenProblemResponses,
      404: problemResponse('No such commune, or no such session in it (stage_session_not_found)'),
      409: problemResponse(
        'No child could be enrolled (enrolment_refused, a reason per child), no household yet (household_required), or the session is in its draw period (stage_draw_pending)',
      ),
      422: problemResponse('The Idempotency-Key was used for another request (idempotency_key_reused)'),
    },
  });
  app.openapi(route, async (c) => {
    const slug = c.req.valid('param').tenant;
    const tenant = await resolveCommune(deps.tenants, slug);
    const input = c.req.valid('json');
    const key = c.req.valid('header')['idempotency-key'];
    const citizen = c.var.citizen;
    const now = new Date();
    const scope = key
      ? {
          tenantId: tenant.id,
          userId: citizen.userId,
          key,
          fingerprint: requestFingerprint('POST', `/v1/tenants/${tenant.slug}/me/enrolments`, input),
        }
      : undefined;
    const answer = await withTenant(deps.db, tenant.id, async (tx) => {
      if (scope) {
        const first = await claimIdempotencyKey(tx, scope, now);
        if (first) return enrolmentAnswerSchema.parse(first.body);
      }
      const householdId = await findHouseholdId(tx, tenant.id, citizen.userId);
      if (!householdId) throw new ProblemError(householdProblems.householdRequired);
      const session = await findOpenableSession(tx, tenant.id, input.sessionId);
      if (!session) throw new ProblemError(stageProblems.sessionNotFound);
      const household = await householdResidency(tx, tenant.id, householdId);
      const outcome = await enrolChildren(tx, input, {
        tenantId: tenant.id,
        tenantSlug: tenant.slug,
        householdId,
        userId: citizen.userId,
        residency: {
          resident: household.residency === 'declared_resident',
          residencyConfirmed: household.residencyStatus !== 'declared',
        },
        session,
        now,
      });
      if (outcome.kind === 'draw_pending') throw new ProblemError(stageProblems.drawPending);
      const body: EnrolmentAnswer = { sessionId: session.id, results: outcome.results };
      const [firstEnrolled] = outcome.enrolled;
      if (!firstEnrolled) throw refusedProblem(outcome.results);
      const lang = mailLanguage(tenant.publicConfig, citizen.language ?? c.req.header('accept-language'));
      await enqueueMail(deps.jobs, tx, tenant.slug, {
        to: citizen.email,
        idempotencyKey: `stage-enrolment/${firstEnrolled.result.enrolmentId}`,
        content: renderStageEnrolmentConfirmation(tenantMailBrand(tenant, lang), {
          stageTitle: localize(session.stageTitle, lang, tenant.publicConfig.languages.default),
          firstDay: session.firstDay,
          lastDay: session.lastDay,
          hours: { from: session.startsAt, to: session.endsAt },
          children: outcome.enrolled.map(({ firstName, result }) =>
            result.status === 'confirmed'
              ? {
                  firstName,
                  status: 'confirmed',
                  reference: result.reference,
                  priceCents: result.priceCents,
                }
              : { firstName, status: 'waitlisted', reference: result.reference, position: result.position },
          ),
          websiteUrl: tenant.publicConfig.contact.website,
        }),
        tags: [{ name: 'kind', value: 'stage-enrolment' }],
      });
      // Only an answer that enrolled someone is kept: a problem wrote nothing, so a retry is a new try.
      if (scope) await saveIdempotentAnswer(tx, scope, { status: 201, body });
      return body;
    });
    return c.json(answer, 201);
  });
}

/** Every child refused: one field error per child, the reason as its code. */
function refusedProblem(results: readonly EnrolmentResult[]): ProblemError {
  const errors = results.map((result, index) => ({
    path: `childIds.${index}`,
    code: result.status === 'refused' ? result.reason : result.status,
    message:
      result.status === 'refused' && result.opensAt
        ? `Enrolment opens for your household at ${result.opensAt}`
        : 'This child cannot be enrolled in this session',
  }));
  const opensAt = results.flatMap((result) =>
    result.status === 'refused' && result.opensAt ? [result.opensAt] : [],
  );
  return new ProblemError(
    stageProblems.enrolmentRefused,
    opensAt[0] ? `Enrolment opens for your household at ${opensAt[0]}` : undefined,
    errors,
  );
}
