import { createHash, randomBytes } from 'node:crypto';
import type { Transaction } from '@communa/db';
import { withTenant } from '@communa/db';
import type { Answers } from '@communa/forms';
import { calendarDayInBrussels, validateAnswers } from '@communa/forms';
import { fillTranslations, localize } from '@communa/tenant-config';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { AddressLimiter } from '../auth/address-limiter.ts';
import { authProblems } from '../auth/errors.ts';
import type { Citizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { claimIdempotencyKey, saveIdempotentAnswer } from '../idempotency/idempotency-store.ts';
import { requestFingerprint } from '../idempotency/request-fingerprint.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { enqueueMail } from '../jobs/mail-jobs.ts';
import { renderFormSubmissionConfirmation } from '../notifications/templates/form-submission-confirmation.ts';
import { mailLanguage } from '../notifications/templates/mail-brand.ts';
import { tenantMailBrand } from '../notifications/tenant-mail.ts';
import { httpProblems } from '../problems/codes.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { firstForwardedAddress } from '../staff/client-ip.ts';
import type { ResolvedTenant } from '../tenants/tenant-directory.ts';
import { formProblems } from './errors.ts';
import { fileAnswers } from './file-fields.ts';
import type { FormRouteDeps } from './form-route-deps.ts';
import { SUBMISSIONS_PATH } from './form-route-deps.ts';
import type { SubmissionAnswer, SubmissionInput } from './form-schemas.ts';
import {
  formParamsSchema,
  submissionAnswerSchema,
  submissionHeadersSchema,
  submissionInputSchema,
} from './form-schemas.ts';
import type { FormVersion } from './form-store.ts';
import { activeFormVersion } from './form-store.ts';
import { citizenIfSignedIn } from './optional-citizen.ts';
import { checkProof, UsedProofs } from './proof-of-work.ts';
import { insertSubmission } from './submission-store.ts';
import { claimUploads, linkUploads } from './upload-store.ts';

/** Anonymous sendings per network address in ten minutes, counted in memory only (the address is never kept). */
const ANONYMOUS_PER_ADDRESS = 20;

export function registerPostSubmission(app: OpenAPIHono<AppEnv>, deps: FormRouteDeps): void {
  const usedProofs = new UsedProofs();
  const perAddress = new AddressLimiter({ max: ANONYMOUS_PER_ADDRESS, windowSeconds: 600 });
  const route = createRoute({
    method: 'post',
    path: SUBMISSIONS_PATH,
    tags: ['Forms'],
    summary: 'Send a form',
    description:
      'Validates the answers against the version named, exactly as the forms engine does in the widget: any ' +
      'error (a missing or wrong answer, an unknown field, an answer to a field the other answers hide) is 422 ' +
      'invalid_answers with the engine’s errors ({ path, code, message }) and nothing is written. A signed-in ' +
      'citizen (bearer token) sends a `signed-in` or `either` form: the draft is removed, a confirmation e-mail ' +
      'with the reference follows, and an Idempotency-Key makes retries safe. An `anonymous` form, or an `either` ' +
      'form without a session, is sent without identity: it needs X-Communa-Proof, nothing that identifies the ' +
      'sender is stored (no account, no address), and the answer carries the case code (reference) and a secret ' +
      'to follow it at GET /v1/tenants/{tenant}/cases/{caseCode}.',
    middleware: [citizenIfSignedIn(deps.auth)] as const,
    request: {
      params: formParamsSchema,
      headers: submissionHeadersSchema,
      body: { required: true, content: { 'application/json': { schema: submissionInputSchema } } },
    },
    responses: {
      201: { description: 'Sent', content: { 'application/json': { schema: submissionAnswerSchema } } },
      400: problemResponse(
        'Not valid, or no valid proof of work for an anonymous form (proof_of_work_invalid); nothing was written',
      ),
      ...citizenProblemResponses,
      404: problemResponse(
        'No such commune, no such active form in it (form_not_found), or no such version of it (form_version_not_found)',
      ),
      409: problemResponse('The proof of work was already used (proof_of_work_reused)'),
      413: problemResponse('The request body is too large'),
      422: problemResponse(
        'The answers are not valid (invalid_answers, with the engine’s errors), a file answer names no unused upload of the sender for its field (upload_not_usable), or the Idempotency-Key was used for another request (idempotency_key_reused)',
      ),
      429: problemResponse('Too many anonymous forms from this network in a short time'),
    },
  });
  app.openapi(route, async (c) => {
    const params = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, params.tenant);
    const input: SubmissionInput = c.req.valid('json');
    const headers = c.req.valid('header');
    const citizen = c.var.citizen;
    const now = new Date();
    const answer = await withTenant(deps.db, tenant.id, async (tx) => {
      const found = await activeFormVersion(tx, tenant.id, params.formKey, input.version);
      if (found.form === 'missing') throw new ProblemError(formProblems.formNotFound);
      const form = found.version;
      if (!form)
        throw new ProblemError(formProblems.versionNotFound, `The form has no version ${input.version}`);
      const anonymous = form.access === 'anonymous' || (form.access === 'either' && citizen === undefined);
      if (!anonymous) {
        if (!citizen)
          throw new ProblemError(authProblems.unauthorized, 'This form is sent by a signed-in citizen');
        return sendSignedIn(tx, {
          tenant,
          form,
          input,
          citizen,
          now,
          key: headers['idempotency-key'],
          jobs: deps.jobs,
        });
      }
      const address = firstForwardedAddress(c.req.header(deps.clientIpHeader)) ?? 'unknown';
      if (perAddress.take(createHash('sha256').update(address).digest('base64url')) > 0)
        throw new ProblemError(
          httpProblems.rateLimited,
          'Too many anonymous forms from this network; try again later',
        );
      const proof = checkProof(headers['x-communa-proof'], tenant.slug, form.key, now.getTime());
      if (!proof.ok) throw new ProblemError(formProblems.proofInvalid, proof.reason);
      const answers = validOrProblem(form, input, now);
      const uploads = await claimUploads(
        tx,
        { tenantId: tenant.id, formKey: form.key, userId: null },
        fileAnswers(form.definition, answers.answers),
      );
      if (!usedProofs.use(proof.stamp, now.getTime())) throw new ProblemError(formProblems.proofReused);
      const caseSecret = randomBytes(18).toString('base64url');
      const submission = await insertSubmission(tx, {
        tenantId: tenant.id,
        tenantSlug: tenant.slug,
        sender: { caseSecretHash: createHash('sha256').update(caseSecret).digest('hex') },
        form,
        ...answers,
        language: mailLanguage(tenant.publicConfig, input.language),
        today: calendarDayInBrussels(now),
      });
      await linkUploads(tx, tenant.id, uploads, submission.id);
      return { ...present(tenant, submission), caseSecret };
    });
    return c.json(answer, 201);
  });
}

type Stored = Awaited<ReturnType<typeof insertSubmission>>;

const present = (tenant: ResolvedTenant, submission: Stored): SubmissionAnswer => ({
  reference: submission.reference,
  status: submission.status.key,
  statusLabel: fillTranslations(submission.status.label, tenant.publicConfig.languages),
  submittedAt: submission.submittedAt.toISOString(),
});

/** The engine's verdict: the cleaned answers to store, or 422 with its errors. */
function validOrProblem(
  form: FormVersion,
  input: SubmissionInput,
  now: Date,
): { answers: Answers; computed: Record<string, number> } {
  const result = validateAnswers(form.definition, input.answers, {
    today: calendarDayInBrussels(now),
    lang: input.language,
  });
  if (!result.ok) throw new ProblemError(formProblems.invalidAnswers, undefined, result.errors);
  return { answers: result.value, computed: result.computed };
}

async function sendSignedIn(
  tx: Transaction,
  options: {
    tenant: ResolvedTenant;
    form: FormVersion;
    input: SubmissionInput;
    citizen: Citizen;
    now: Date;
    key: string | undefined;
    jobs: JobQueue;
  },
): Promise<SubmissionAnswer> {
  const { tenant, form, input, citizen, now, key, jobs } = options;
  const scope = key
    ? {
        tenantId: tenant.id,
        userId: citizen.userId,
        key,
        fingerprint: requestFingerprint(
          'POST',
          `/v1/tenants/${tenant.slug}/forms/${form.key}/submissions`,
          input,
        ),
      }
    : undefined;
  if (scope) {
    const first = await claimIdempotencyKey(tx, scope, now);
    if (first) return submissionAnswerSchema.parse(first.body);
  }
  const config = tenant.publicConfig;
  const lang = mailLanguage(config, input.language);
  const answers = validOrProblem(form, input, now);
  const uploads = await claimUploads(
    tx,
    { tenantId: tenant.id, formKey: form.key, userId: citizen.userId },
    fileAnswers(form.definition, answers.answers),
  );
  const submission = await insertSubmission(tx, {
    tenantId: tenant.id,
    tenantSlug: tenant.slug,
    sender: { userId: citizen.userId },
    form,
    ...answers,
    language: lang,
    today: calendarDayInBrussels(now),
  });
  await linkUploads(tx, tenant.id, uploads, submission.id);
  const body = present(tenant, submission);
  const defaultLanguage = config.languages.default;
  await enqueueMail(jobs, tx, tenant.slug, {
    to: citizen.email,
    idempotencyKey: `form-submission/${tenant.slug}/${submission.reference}`,
    content: renderFormSubmissionConfirmation(tenantMailBrand(tenant, lang), {
      formTitle: localize(form.definition.title, lang, defaultLanguage),
      reference: submission.reference,
      statusLabel: localize(submission.status.label, lang, defaultLanguage),
      followUrl:
        config.services.find((service) => service.kind === 'forms')?.pageUrl ?? config.contact.website,
    }),
    tags: [{ name: 'kind', value: 'form-submission' }],
  });
  // Only a stored submission is kept: a problem wrote nothing, so a retry is a new try.
  if (scope) await saveIdempotentAnswer(tx, scope, { status: 201, body });
  return body;
}
