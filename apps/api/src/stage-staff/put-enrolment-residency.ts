import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { householdSchema } from '../households/household-schemas.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { recordResidencyDecision } from '../staff/record-residency-decision.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { stageStaffProblems } from './errors.ts';
import { clearResidencyFlags, lockEnrolment } from './manual-enrolment-store.ts';
import { SESSION_PATH, sessionProblemResponses } from './stage-staff-route-deps.ts';
import { enrolmentParamsSchema, residencyFindingSchema } from './stage-staff-schemas.ts';

export function registerPutEnrolmentResidency(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'put',
    path: `${SESSION_PATH}/enrolments/{enrolmentId}/residency`,
    tags: ['Staff: stages'],
    summary: 'Confirm or correct the residency behind a flagged enrolment (admin, stage-manager; audited)',
    description:
      'Records the household’s residency decision (as PUT …/households/{householdId}/residency) and lifts ' +
      'the residency flag from the household’s live enrolments, in one transaction.',
    middleware: staffMiddleware(deps, 'residency:decide'),
    request: {
      params: enrolmentParamsSchema,
      body: { required: true, content: { 'application/json': { schema: residencyFindingSchema } } },
    },
    responses: {
      200: {
        description: 'The decision and the enrolments no longer flagged',
        content: {
          'application/json': {
            schema: z
              .object({
                householdId: z.uuid(),
                residency: householdSchema.shape.residency,
                residencyStatus: z.enum(['confirmed', 'corrected']),
                unflaggedEnrolmentIds: z.array(z.uuid()),
              })
              .openapi('StaffEnrolmentResidencyDecision'),
          },
        },
      },
      ...sessionProblemResponses,
      404: problemResponse('No such commune, session or enrolment'),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const tenantId = member.tenant.id;
    const { sessionId, enrolmentId } = c.req.valid('param');
    const { residency } = c.req.valid('json');
    const result = await withTenant(deps.db, tenantId, async (tx) => {
      const enrolment = await lockEnrolment(tx, tenantId, sessionId, enrolmentId);
      if (!enrolment) throw new ProblemError(stageStaffProblems.enrolmentNotFound);
      const decision = await recordResidencyDecision(tx, member, enrolment.householdId, residency);
      const unflagged = await clearResidencyFlags(tx, tenantId, enrolment.householdId);
      await recordAuditEvent(tx, {
        tenantId,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'stages.residency_checked',
        targetType: 'stage_enrolment',
        targetId: enrolmentId,
        ip: member.ip,
        detail: { householdId: enrolment.householdId, unflagged: unflagged.length },
      });
      return {
        householdId: enrolment.householdId,
        ...decision,
        unflaggedEnrolmentIds: unflagged.map((row) => row.id),
      };
    });
    return c.json(result, 200);
  });
}
