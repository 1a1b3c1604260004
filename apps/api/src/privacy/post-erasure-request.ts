import { createHash } from 'node:crypto';
import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, ME_PATH, resolveCommune } from '../households/household-route-deps.ts';
import {
  renderErasureRequestConfirmation,
  renderErasureRequestToDpo,
} from '../notifications/templates/erasure-request.ts';
import { mailLanguage } from '../notifications/templates/mail-brand.ts';
import { mailingTenant, tenantMailBrand } from '../notifications/tenant-mail.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { respondProblem } from '../problems/respond.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { erasureRecipient, secondsUntil } from './erasure-rules.ts';
import { erasureRequestAcceptedSchema } from './erasure-schemas.ts';
import { privacyProblems } from './errors.ts';
import type { PrivacyRouteDeps } from './privacy-route-deps.ts';
import { readCommuneHoldings, releaseErasureMarker, reserveErasureMarker } from './privacy-store.ts';

export function registerPostErasureRequest(app: OpenAPIHono<AppEnv>, deps: PrivacyRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: `${ME_PATH}/erasure-request`,
    tags: ['Privacy'],
    summary: 'Ask this commune to erase what it holds about me',
    description:
      'GDPR erasure request. The commune’s data protection officer receives the person’s identity ' +
      'and what the commune holds; the person receives a confirmation in their language. Nothing ' +
      'is deleted here: the commune, as controller, handles the request. One request per person ' +
      'and commune per 24 hours.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: tenantParamsSchema },
    responses: {
      202: {
        description: 'Passed on to the commune',
        content: { 'application/json': { schema: erasureRequestAcceptedSchema } },
      },
      ...citizenProblemResponses,
      404: problemResponse('No such commune'),
      429: {
        ...problemResponse('Already asked in the last 24 hours (erasure_already_requested)'),
        headers: z.object({ 'Retry-After': z.string() }),
      },
      503: problemResponse('The e-mail to the commune could not be sent; nothing was recorded'),
    },
  });
  app.openapi(route, async (c) => {
    const tenant = await resolveCommune(deps.tenants, c.req.valid('param').tenant);
    const citizen = c.var.citizen;
    const who = { tenantId: tenant.id, userId: citizen.userId };
    // Read first: a failure here must not leave the person blocked for a day.
    const holdings = await withTenant(deps.db, tenant.id, (tx) =>
      readCommuneHoldings(tx, tenant.id, citizen.userId),
    );
    const requestedAt = new Date();
    const reservation = await reserveErasureMarker(deps.db, who, requestedAt);
    if (!reservation.ok) {
      c.header('Retry-After', String(secondsUntil(reservation.until, requestedAt)));
      return respondProblem(c, privacyProblems.erasureAlreadyRequested);
    }
    const config = tenant.publicConfig;
    const key = digest(`${tenant.id}/${citizen.userId}/${requestedAt.toISOString()}`);
    const toDpo = await deps.mailer.send(mailingTenant(tenant), {
      to: erasureRecipient({ dpoEmail: holdings.dpoEmail, contactEmail: config.contact.email }),
      idempotencyKey: `erasure-request/${key}/dpo`,
      content: renderErasureRequestToDpo(tenantMailBrand(tenant, config.languages.default), {
        requestedAt,
        userId: citizen.userId,
        email: citizen.email,
        name: citizen.name,
        householdId: holdings.householdId,
        childrenCount: holdings.childrenCount,
      }),
      tags: [{ name: 'kind', value: 'erasure-request' }],
    });
    if (!toDpo.ok) {
      await releaseErasureMarker(deps.db, who, requestedAt);
      c.var.logger.warn({ tenant: tenant.slug, failure: toDpo.failure.code }, 'erasure request not sent');
      throw new ProblemError(privacyProblems.erasureNotDelivered);
    }
    const lang = mailLanguage(config, citizen.language ?? c.req.header('accept-language'));
    const receipt = await deps.mailer.send(mailingTenant(tenant), {
      to: citizen.email,
      idempotencyKey: `erasure-request/${key}/citizen`,
      content: renderErasureRequestConfirmation(tenantMailBrand(tenant, lang), { requestedAt }),
      tags: [{ name: 'kind', value: 'erasure-request-receipt' }],
    });
    // The commune has the request; a lost receipt is logged, not worth failing the request for.
    if (!receipt.ok) {
      c.var.logger.warn({ tenant: tenant.slug, failure: receipt.failure.code }, 'erasure receipt not sent');
    }
    return c.json({ requestedAt: requestedAt.toISOString() }, 202);
  });
}

function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
