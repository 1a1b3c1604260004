import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { mailLanguage } from '../notifications/templates/mail-brand.ts';
import { problemResponse } from '../problems/problem.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { ADMIN_TENANT_PATH, staffMiddleware, staffProblemResponses } from '../staff/staff-route-deps.ts';
import { readAttestationDocument } from './attestation-document.ts';
import {
  attestationDownload,
  attestationPdfResponse,
  attestationQuerySchema,
  staffAttestationParamsSchema,
} from './attestation-schemas.ts';

export function registerGetStaffAttestation(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: `${ADMIN_TENANT_PATH}/households/{householdId}/children/{childId}/childcare-attestations/{year}`,
    tags: ['Staff'],
    summary:
      'A childcare attestation (form 281.86) of a child for what its household paid in a year (audited)',
    description:
      'Admins and stage managers. The days the child was marked present before turning 14, per paid ' +
      'enrolment of the household, with the amount paid and the commune’s daily cap. 409 ' +
      'attestations_not_issued when the commune has no childcareAttestation settings, nothing_to_attest ' +
      'when no paid day of care falls in the year.',
    middleware: staffMiddleware(deps, 'households:read'),
    request: { params: staffAttestationParamsSchema, query: attestationQuerySchema },
    responses: {
      200: attestationPdfResponse,
      ...staffProblemResponses,
      404: problemResponse(
        'No such commune among yours, or no such child in that household (child_not_found)',
      ),
      409: problemResponse('Not issued by this commune, or nothing to attest'),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { householdId, childId, year } = c.req.valid('param');
    const language = mailLanguage(member.tenant.publicConfig, c.req.valid('query').lang ?? member.language);
    const document = await withTenant(deps.db, member.tenant.id, async (tx) => {
      const read = await readAttestationDocument(tx, {
        tenant: member.tenant,
        householdId,
        childId,
        year,
        language,
        now: new Date(),
      });
      // It carries the child's national number: every staff read is recorded.
      await recordAuditEvent(tx, {
        tenantId: member.tenant.id,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'stages.childcare_attestation_read',
        targetType: 'child',
        targetId: childId,
        ip: member.ip,
        detail: { householdId, year },
      });
      return read;
    });
    const download = await attestationDownload(document);
    return c.body(download.body, 200, download.headers);
  });
}
