import type { Transaction } from '@communa/db';
import { withTenant } from '@communa/db';
import { calendarDayInBrussels } from '@communa/forms';
import type { Language } from '@communa/tenant-config';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { currentFormVersion } from '../forms/form-store.ts';
import { householdProblems } from '../households/errors.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import type { StoredAnswer } from '../idempotency/idempotency-store.ts';
import { claimIdempotencyKey, saveIdempotentAnswer } from '../idempotency/idempotency-store.ts';
import { idempotencyHeadersSchema, requestFingerprint } from '../idempotency/request-fingerprint.ts';
import { mailLanguage } from '../notifications/templates/mail-brand.ts';
import { issueInvoicesFor } from '../payments/issue-invoice.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import type { ResolvedTenant } from '../tenants/tenant-directory.ts';
import { drawGate } from './draw/draw-gate.ts';
import type { DrawTicketAnswer } from './draw/draw-schemas.ts';
import { drawTicketAnswerSchema } from './draw/draw-schemas.ts';
import { childrenWithTicket } from './draw/draw-store.ts';
import { recordDrawTicket } from './draw/record-draw-ticket.ts';
import type { BatchOutcome, BatchRequest } from './enrol-batch.ts';
import { serveEnrolmentBatch } from './enrol-batch.ts';
import { enrolChildren } from './enrol-children.ts';
import { createEnrolmentDesk } from './enrolment-desk.ts';
import { enqueueEnrolmentMail } from './enrolment-mail.ts';
import type { EnrolmentRouteDeps } from './enrolment-route-deps.ts';
import { ENROLMENTS_PATH } from './enrolment-route-deps.ts';
import type { EnrolmentAnswer, EnrolmentInput } from './enrolment-schemas.ts';
import { enrolmentAnswerSchema, enrolmentInputSchema } from './enrolment-schemas.ts';
import { citizenHousehold, findOpenableSession } from './enrolment-store.ts';
import { stageProblems } from './errors.ts';
import { refusedProblem } from './refused-problem.ts';
import type { StageAnswers } from './stage-questions.ts';
import { checkStageAnswers } from './stage-questions.ts';

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
      'the reason) and nothing is written. Send an Idempotency-Key to retry safely. In a draw session, a ' +
      'request in the first drawMinutes of a window is a ticket of that window’s draw, answered 202 pending_draw ' +
      'with the draw time and the seed’s hash; its children get seats or waitlist places when drawn. When the ' +
      'stage asks questions (questionsForm in the catalogue), each child’s answers are checked with the forms ' +
      'engine (in the language of Accept-Language when the commune offers it): any error is 422 invalid_answers ' +
      'with the engine’s errors under answers.<childId>. and nothing is written; the cleaned answers are kept ' +
      'with the enrolment.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: {
      params: tenantParamsSchema,
      headers: idempotencyHeadersSchema,
      body: { required: true, content: { 'application/json': { schema: enrolmentInputSchema } } },
    },
    responses: {
      201: { description: 'Enrolled', content: { 'application/json': { schema: enrolmentAnswerSchema } } },
      202: {
        description: 'In the draw period: a ticket of the draw, answered when drawn',
        content: { 'application/json': { schema: drawTicketAnswerSchema } },
      },
      400: problemResponse('Not valid; nothing was written'),
      ...citizenProblemResponses,
      404: problemResponse('No such commune, or no such session in it (stage_session_not_found)'),
      409: problemResponse(
        'No child could be enrolled (enrolment_refused, a reason per child), or no household yet (household_required)',
      ),
      422: problemResponse(
        'The answers to the stage’s questions are not valid (invalid_answers, the engine’s errors per child), or the Idempotency-Key was used for another request (idempotency_key_reused)',
      ),
    },
  });
  // Requests of one commune that arrive together are served together (see enrolBatch); those the
  // batch leaves aside are served alone below.
  const desk = createEnrolmentDesk<BatchRequest & { tenant: ResolvedTenant }, BatchOutcome>({
    serve: async (_tenantId, requests) => {
      const tenant = requests[0]?.tenant;
      if (!tenant) return [];
      return serveEnrolmentBatch(deps.db, deps, tenant, requests);
    },
    fallback: { kind: 'alone' },
    maxBatch: MAX_BATCH,
    onBatchError: (error) => deps.logger.warn({ err: error }, 'enrolment batch failed: served one by one'),
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
    const mailTo = citizen.language ?? c.req.header('accept-language');
    const batched = await desk.submit(tenant.id, {
      tenant,
      citizen,
      input,
      scope,
      mailLanguage: mailTo,
      now,
    });
    if (batched.kind === 'enrolled') return c.json(batched.answer, 201);
    if (batched.kind === 'problem') throw batched.problem;
    const answer = await withTenant(deps.db, tenant.id, async (tx) => {
      if (scope) {
        const first = await claimIdempotencyKey(tx, scope, now);
        if (first) return replay(first);
      }
      const [household, session] = await Promise.all([
        citizenHousehold(tx, tenant.id, citizen.userId),
        findOpenableSession(tx, tenant.id, input.sessionId),
      ]);
      if (!household) throw new ProblemError(householdProblems.householdRequired);
      if (!session) throw new ProblemError(stageProblems.sessionNotFound);
      // Only a stage that asks questions reads its form: the others make no extra round trip.
      const answers =
        session.questionsFormKey === null
          ? undefined
          : await checkedAnswers(tx, tenant.id, session.questionsFormKey, input, {
              today: calendarDayInBrussels(now),
              // The answers (a consent's very text) are in the language the parent's page showed them in.
              lang: mailLanguage(tenant.publicConfig, c.req.header('accept-language') ?? citizen.language),
            });
      const householdId = household.id;
      const gate = await drawGate(tx, {
        jobs: deps.jobs,
        invoiceTerms: deps.invoiceTerms,
        tenant,
        session,
        now,
      });
      const draw = gate.mode === 'ticket' ? gate.draw : undefined;
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
        answers,
        ...(draw ? { drawTicketHolders: (ids) => childrenWithTicket(tx, tenant.id, draw.id, ids) } : {}),
      });
      let answer: Answer;
      if (outcome.kind === 'draw_pending') {
        if (!draw) throw new Error('a ticket outside a draw period');
        const ticket = await recordDrawTicket(tx, draw, outcome, {
          input,
          answers,
          householdId,
          userId: citizen.userId,
          resident: household.residency === 'declared_resident',
          residentsWindow: session.windows[draw.windowPosition]?.for === 'residents',
        });
        answer = { status: 202, body: ticket };
      } else {
        answer = { status: 201, body: { sessionId: session.id, results: outcome.results } };
        if (outcome.enrolled.length === 0) throw refusedProblem(outcome.results);
        await Promise.all([
          enqueueEnrolmentMail(
            deps.jobs,
            tx,
            tenant,
            { email: citizen.email, language: mailTo },
            session,
            outcome.enrolled,
          ),
          issueInvoicesFor(
            tx,
            deps,
            tenant,
            { householdId, firstDay: session.firstDay },
            outcome.enrolled.map(({ result }) => result),
            now,
          ),
        ]);
      }
      // Only an answer that enrolled someone is kept: a problem wrote nothing, so a retry is a new try.
      if (scope) await saveIdempotentAnswer(tx, scope, answer);
      return answer;
    });
    return answer.status === 202 ? c.json(answer.body, 202) : c.json(answer.body, 201);
  });
}

/** The most requests one transaction serves: a batch stays short, so its locks are held briefly. */
const MAX_BATCH = 64;

type Answer = { status: 201; body: EnrolmentAnswer } | { status: 202; body: DrawTicketAnswer };

/** The first answer under an Idempotency-Key, as it was given. */
function replay(first: StoredAnswer): Answer {
  return first.status === 202
    ? { status: 202, body: drawTicketAnswerSchema.parse(first.body) }
    : { status: 201, body: enrolmentAnswerSchema.parse(first.body) };
}

/** Each asked child's answers to the stage's questions, checked and cleaned (422 invalid_answers otherwise). */
async function checkedAnswers(
  tx: Transaction,
  tenantId: string,
  formKey: string,
  input: EnrolmentInput,
  options: { today: string; lang: Language },
): Promise<StageAnswers> {
  const form = await currentFormVersion(tx, tenantId, formKey);
  if (!form)
    throw new ProblemError(
      stageProblems.invalidAnswers,
      `The stage’s questions (“${formKey}”) are not offered`,
      [{ path: 'answers', code: 'form_unavailable', message: `The form “${formKey}” is not offered` }],
    );
  const checked = checkStageAnswers(form, input.childIds, input.answers ?? {}, options);
  if (!checked.ok) throw new ProblemError(stageProblems.invalidAnswers, undefined, checked.errors);
  return checked.answers;
}
