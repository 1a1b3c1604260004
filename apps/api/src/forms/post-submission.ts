import { withTenant } from '@communa/db';
import { calendarDayInBrussels, validateAnswers } from '@communa/forms';
import { fillTranslations, localize } from '@communa/tenant-config';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { claimIdempotencyKey, saveIdempotentAnswer } from '../idempotency/idempotency-store.ts';
import { idempotencyHeadersSchema, requestFingerprint } from '../idempotency/request-fingerprint.ts';
import { enqueueMail } from '../jobs/mail-jobs.ts';
import { renderFormSubmissionConfirmation } from '../notifications/templates/form-submission-confirmation.ts';
import { mailLanguage } from '../notifications/templates/mail-brand.ts';
import { tenantMailBrand } from '../notifications/tenant-mail.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { formProblems } from './errors.ts';
import type { FormRouteDeps } from './form-route-deps.ts';
import { SUBMISSIONS_PATH } from './form-route-deps.ts';
import type { SubmissionInput } from './form-schemas.ts';
import { formParamsSchema, submissionAnswerSchema, submissionInputSchema } from './form-schemas.ts';
import { activeFormVersion } from './form-store.ts';
import { insertSubmission } from './submission-store.ts';

export function registerPostSubmission(app: OpenAPIHono<AppEnv>, deps: FormRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: SUBMISSIONS_PATH,
    tags: ['Forms'],
    summary: 'Send a form',
    description:
      'Validates the answers against the version named, exactly as the forms engine does in the widget: any ' +
      'error (a missing or wrong answer, an unknown field, an answer to a field the other answers hide) is 422 ' +
      'invalid_answers with the engine’s errors ({ path, code, message }) and nothing is written. On success, ' +
      'the cleaned answers are stored in the form’s first status, the draft is removed and a confirmation ' +
      'e-mail with the reference follows. Send an Idempotency-Key to retry safely.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: {
      params: formParamsSchema,
      headers: idempotencyHeadersSchema,
      body: { required: true, content: { 'application/json': { schema: submissionInputSchema } } },
    },
    responses: {
      201: { description: 'Sent', content: { 'application/json': { schema: submissionAnswerSchema } } },
      400: problemResponse('Not valid; nothing was written'),
      ...citizenProblemResponses,
      404: problemResponse(
        'No such commune, no such active form in it (form_not_found), or no such version of it (form_version_not_found)',
      ),
      409: problemResponse('The form is sent without an account only (form_anonymous_only)'),
      413: problemResponse('The request body is too large'),
      422: problemResponse(
        'The answers are not valid (invalid_answers, with the engine’s errors), or the Idempotency-Key was used for another request (idempotency_key_reused)',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const params = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, params.tenant);
    const input: SubmissionInput = c.req.valid('json');
    const key = c.req.valid('header')['idempotency-key'];
    const citizen = c.var.citizen;
    const now = new Date();
    const today = calendarDayInBrussels(now);
    const config = tenant.publicConfig;
    const scope = key
      ? {
          tenantId: tenant.id,
          userId: citizen.userId,
          key,
          fingerprint: requestFingerprint(
            'POST',
            `/v1/tenants/${tenant.slug}/forms/${params.formKey}/submissions`,
            input,
          ),
        }
      : undefined;
    const answer = await withTenant(deps.db, tenant.id, async (tx) => {
      if (scope) {
        const first = await claimIdempotencyKey(tx, scope, now);
        if (first) return submissionAnswerSchema.parse(first.body);
      }
      const found = await activeFormVersion(tx, tenant.id, params.formKey, input.version);
      if (found.form === 'missing') throw new ProblemError(formProblems.formNotFound);
      const form = found.version;
      if (!form)
        throw new ProblemError(formProblems.versionNotFound, `The form has no version ${input.version}`);
      if (form.access === 'anonymous') throw new ProblemError(formProblems.anonymousOnly);
      const result = validateAnswers(form.definition, input.answers, { today, lang: input.language });
      if (!result.ok) throw new ProblemError(formProblems.invalidAnswers, undefined, result.errors);
      const lang = mailLanguage(config, input.language);
      const submission = await insertSubmission(tx, {
        tenantId: tenant.id,
        tenantSlug: tenant.slug,
        userId: citizen.userId,
        form,
        answers: result.value,
        computed: result.computed,
        language: lang,
        today,
      });
      const body = {
        reference: submission.reference,
        status: submission.status.key,
        statusLabel: fillTranslations(submission.status.label, config.languages),
        submittedAt: submission.submittedAt.toISOString(),
      };
      const defaultLanguage = config.languages.default;
      await enqueueMail(deps.jobs, tx, tenant.slug, {
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
    });
    return c.json(answer, 201);
  });
}
