import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { sessionFor } from '../stage-staff/session-access.ts';
import { SESSION_PATH, sessionProblemResponses } from '../stage-staff/stage-staff-route-deps.ts';
import { sessionParamsSchema } from '../stage-staff/stage-staff-schemas.ts';
import { openSheet } from './health-sheet-codec.ts';
import type { HealthSheetRouteDeps } from './health-sheet-route-deps.ts';
import { sessionHealthSchema } from './health-sheet-schemas.ts';
import { confirmedChildren, readSealedSheets } from './health-sheet-store.ts';

export function registerGetSessionHealth(app: OpenAPIHono<AppEnv>, deps: HealthSheetRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: `${SESSION_PATH}/health`,
    tags: ['Staff: stages'],
    summary: 'What the animators need of the confirmed children’s health sheets (each read is audited)',
    description:
      'Allergies, diet, treatments, who may collect the child and photo consent; the doctor and remarks stay with the parents. Stage managers and admins, and the animators of this session.',
    middleware: staffMiddleware(deps, 'stage-sessions:read'),
    request: { params: sessionParamsSchema },
    responses: {
      200: {
        description: 'The children and their needed health information',
        content: { 'application/json': { schema: sessionHealthSchema } },
      },
      ...sessionProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const tenantId = member.tenant.id;
    const { sessionId } = c.req.valid('param');
    const view = await withTenant(deps.db, tenantId, async (tx) => {
      await sessionFor(tx, member, sessionId);
      const rows = await confirmedChildren(tx, tenantId, sessionId);
      const sealed = new Map(
        (
          await readSealedSheets(
            tx,
            tenantId,
            rows.map((row) => row.childId),
          )
        ).map((s) => [s.childId, s]),
      );
      const entries = rows.map((row) => {
        const stored = sealed.get(row.childId);
        if (!stored) return { ...row, sheet: null };
        const { allergies, dietaryNeeds, treatments, collectors, photoConsent } = openSheet(
          deps.keys,
          { tenantId, childId: row.childId },
          stored,
        );
        return { ...row, sheet: { allergies, dietaryNeeds, treatments, collectors, photoConsent } };
      });
      await recordAuditEvent(tx, {
        tenantId,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'health_sheets.session_read',
        targetType: 'stage_session',
        targetId: sessionId,
        ip: member.ip,
        detail: { children: rows.map((row) => row.childId), sheets: sealed.size },
      });
      return { sessionId, children: entries };
    });
    return c.json(view, 200);
  });
}
