import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { enqueueMail } from '../jobs/mail-jobs.ts';
import { renderEventRequestSubmitted } from '../notifications/templates/event-request-submitted.ts';
import { mailLanguage } from '../notifications/templates/mail-brand.ts';
import { tenantMailBrand } from '../notifications/tenant-mail.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { eventRequestProblems } from './errors.ts';
import type { EventRequestRouteDeps } from './event-request-route-deps.ts';
import { MY_EVENT_REQUESTS_PATH } from './event-request-route-deps.ts';
import { eventRequestParamsSchema, eventRequestSchema } from './event-request-schemas.ts';
import { changeStatus, lockRequest, presentRequest } from './event-request-store.ts';
import { linkAttachments } from './request-attachments.ts';
import { submissionProblems } from './request-checks.ts';

const SUBMITTABLE = new Set(['draft', 'incomplete']);

export function registerPostEventRequestSubmission(
  app: OpenAPIHono<AppEnv>,
  deps: EventRequestRouteDeps,
): void {
  const route = createRoute({
    method: 'post',
    path: `${MY_EVENT_REQUESTS_PATH}/{requestId}/submission`,
    tags: ['Event requests'],
    summary: 'Submit my event request to the commune',
    description:
      'Checks the answers with the forms engine against the current version of the type’s form, the type’s lead ' +
      'time, that no request being handled or approved holds the place at an overlapping time, and that the ' +
      'equipment is still free over the period, and the type’s attachments: each one whose key is a file field of the ' +
      'form needs a file there, and every file named must be an upload of mine for that field (POST …/forms/{formKey}' +
      '/uploads), not used yet (or already this request’s), of a type and size the attachment takes; the files are then ' +
      'linked to the request. Any failure is 422 event_request_refused with every reason in ' +
      '`errors` ({ path, code, message }: lead_time, place_taken, equipment_short, or under `answers.` ' +
      'required, upload_not_usable, file_type, file_too_large and the engine’s codes, checked in the language of Accept-Language when the commune offers it, else the requester’s) ' +
      'and nothing changes. Submissions of one commune are checked one at a time, so a place or ' +
      'equipment is never promised twice. The requester gets an e-mail with the reference.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: eventRequestParamsSchema },
    responses: {
      200: { description: 'Submitted', content: { 'application/json': { schema: eventRequestSchema } } },
      400: problemResponse('Not valid'),
      ...citizenProblemResponses,
      404: problemResponse(
        'No such request of mine or of my associations (event_request_not_found), or no such commune',
      ),
      409: problemResponse('Already submitted, decided or withdrawn (event_request_not_submittable)'),
      422: problemResponse('The request cannot be submitted (event_request_refused, with every reason)'),
    },
  });
  app.openapi(route, async (c) => {
    const { tenant: slug, requestId } = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, slug);
    const citizen = c.var.citizen;
    const now = new Date();
    const lang = mailLanguage(tenant.publicConfig, citizen.language);
    // The answers (a consent's very text) are in the language the requester's page showed the form in.
    const answersLang = mailLanguage(
      tenant.publicConfig,
      c.req.header('accept-language') ?? citizen.language,
    );
    const view = await withTenant(deps.db, tenant.id, async (tx) => {
      // One submission of the commune at a time: two cannot both take the last units or the place.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('event-requests:' || ${tenant.id}))`);
      const row = await lockRequest(tx, tenant.id, requestId, citizen.userId);
      if (!row) throw new ProblemError(eventRequestProblems.notFound);
      if (!SUBMITTABLE.has(row.status)) throw new ProblemError(eventRequestProblems.notSubmittable);
      const current = await presentRequest(tx, row);
      const equipment = new Map(current.equipment.map((line) => [line.key, line.quantity]));
      const checked = await submissionProblems(tx, row, equipment, {
        now,
        lang: answersLang,
        userId: citizen.userId,
      });
      if (!checked.ok)
        throw new ProblemError(eventRequestProblems.submissionRefused, undefined, checked.errors);
      const set = { submittedAt: now, answers: checked.answers, formVersion: checked.formVersion };
      await linkAttachments(tx, { tenantId: tenant.id, requestId: row.id }, checked.uploadIds);
      await changeStatus(tx, row, 'submitted', { kind: 'requester', userId: citizen.userId }, { set });
      const config = tenant.publicConfig;
      await enqueueMail(deps.jobs, tx, tenant.slug, {
        to: citizen.email,
        idempotencyKey: `event-request-submitted/${tenant.slug}/${row.reference}/${now.getTime()}`,
        content: renderEventRequestSubmitted(tenantMailBrand(tenant, lang), {
          title: row.title,
          reference: row.reference,
          followUrl:
            config.services.find((service) => service.kind === 'events')?.pageUrl ?? config.contact.website,
        }),
        tags: [{ name: 'kind', value: 'event-request-submitted' }],
      });
      return presentRequest(tx, { ...row, ...set, status: 'submitted' });
    });
    return c.json(view, 200);
  });
}
