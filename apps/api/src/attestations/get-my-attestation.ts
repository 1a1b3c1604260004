import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import type { HouseholdRouteDeps } from '../households/household-route-deps.ts';
import { citizenProblemResponses, ME_PATH, resolveCommune } from '../households/household-route-deps.ts';
import { findHouseholdId } from '../households/household-store.ts';
import { mailLanguage } from '../notifications/templates/mail-brand.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { readAttestationDocument } from './attestation-document.ts';
import {
  attestationDownload,
  attestationPdfResponse,
  attestationQuerySchema,
  myAttestationParamsSchema,
} from './attestation-schemas.ts';
import { attestationProblems } from './errors.ts';

export function registerGetMyAttestation(app: OpenAPIHono<AppEnv>, deps: HouseholdRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: `${ME_PATH}/household/children/{childId}/childcare-attestations/{year}`,
    tags: ['Stages'],
    summary: 'My childcare attestation (form 281.86) for a child of my household and an income year',
    description:
      'What my household paid for the child’s stages that year, for the days the child attended before ' +
      'turning 14. 409 nothing_to_attest when there is nothing paid to attest, attestations_not_issued ' +
      'when the commune issues none.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: myAttestationParamsSchema, query: attestationQuerySchema },
    responses: {
      200: attestationPdfResponse,
      ...citizenProblemResponses,
      404: problemResponse('No such commune, or no such child in my household (child_not_found)'),
      409: problemResponse('Not issued by this commune, or nothing to attest'),
    },
  });
  app.openapi(route, async (c) => {
    const { tenant: slug, childId, year } = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, slug);
    const citizen = c.var.citizen;
    const language = mailLanguage(tenant.publicConfig, c.req.valid('query').lang ?? citizen.language);
    const document = await withTenant(deps.db, tenant.id, async (tx) => {
      const householdId = await findHouseholdId(tx, tenant.id, citizen.userId);
      // Without a household, no child is theirs.
      if (!householdId) throw new ProblemError(attestationProblems.childNotFound);
      return readAttestationDocument(tx, { tenant, householdId, childId, year, language, now: new Date() });
    });
    const download = await attestationDownload(document);
    return c.body(download.body, 200, download.headers);
  });
}
