import { members, stageSessionAnimators, withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { and, eq, inArray } from 'drizzle-orm';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { ProblemError } from '../problems/problem.ts';
import { parseRoles } from '../staff/staff-roles.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { stageStaffProblems } from './errors.ts';
import { sessionFor } from './session-access.ts';
import { sessionAnimators } from './session-store.ts';
import { SESSION_PATH, sessionProblemResponses } from './stage-staff-route-deps.ts';
import { animatorsInputSchema, animatorsSchema, sessionParamsSchema } from './stage-staff-schemas.ts';

export function registerPutSessionAnimators(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'put',
    path: `${SESSION_PATH}/animators`,
    tags: ['Staff: stages'],
    summary: 'Assign the session’s animators (admin, stage-manager): they then see its lists (audited)',
    description: 'The list given replaces the previous one; each person must be an animator of this commune.',
    middleware: staffMiddleware(deps, 'stage-sessions:manage'),
    request: {
      params: sessionParamsSchema,
      body: { required: true, content: { 'application/json': { schema: animatorsInputSchema } } },
    },
    responses: {
      200: {
        description: 'The animators now assigned',
        content: { 'application/json': { schema: animatorsSchema } },
      },
      ...sessionProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const tenantId = member.tenant.id;
    const { sessionId } = c.req.valid('param');
    const userIds = [...new Set(c.req.valid('json').userIds)];
    const animators = await withTenant(deps.db, tenantId, async (tx) => {
      await sessionFor(tx, member, sessionId);
      const staff =
        userIds.length === 0
          ? []
          : await tx
              .select({ userId: members.userId, role: members.role })
              .from(members)
              .where(and(eq(members.organizationId, tenantId), inArray(members.userId, userIds)));
      const animatorIds = new Set(
        staff.filter((row) => parseRoles(row.role).includes('animator')).map((row) => row.userId),
      );
      const errors = userIds.flatMap((userId, index) =>
        animatorIds.has(userId)
          ? []
          : [
              {
                path: `userIds.${index}`,
                code: 'not_an_animator',
                message: stageStaffProblems.notAnAnimator.title,
              },
            ],
      );
      if (errors.length > 0) throw new ProblemError(stageStaffProblems.notAnAnimator, undefined, errors);
      await tx
        .delete(stageSessionAnimators)
        .where(
          and(eq(stageSessionAnimators.tenantId, tenantId), eq(stageSessionAnimators.sessionId, sessionId)),
        );
      if (userIds.length > 0)
        await tx
          .insert(stageSessionAnimators)
          .values(userIds.map((userId) => ({ tenantId, sessionId, userId })));
      await recordAuditEvent(tx, {
        tenantId,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'stages.animators_assigned',
        targetType: 'stage_session',
        targetId: sessionId,
        ip: member.ip,
        detail: { userIds },
      });
      return sessionAnimators(tx, tenantId, sessionId);
    });
    return c.json({ animators }, 200);
  });
}
