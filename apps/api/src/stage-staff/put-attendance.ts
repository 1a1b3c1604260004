import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { ProblemError } from '../problems/problem.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { sessionDay } from './attendance-day.ts';
import { attendanceOn, recordMarks } from './attendance-store.ts';
import { stageStaffProblems } from './errors.ts';
import { SESSION_PATH, sessionProblemResponses } from './stage-staff-route-deps.ts';
import { attendanceInputSchema, attendanceParamsSchema, attendanceSchema } from './stage-staff-schemas.ts';

export function registerPutAttendance(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'put',
    path: `${SESSION_PATH}/attendance/{day}`,
    tags: ['Staff: stages'],
    summary: 'Take attendance for one day: present, absent or excused per confirmed child (audited)',
    description: 'Marks not named stay as they were; a mark given again replaces the earlier one.',
    middleware: staffMiddleware(deps, 'stage-sessions:read'),
    request: {
      params: attendanceParamsSchema,
      body: { required: true, content: { 'application/json': { schema: attendanceInputSchema } } },
    },
    responses: {
      200: { description: 'The day’s marks', content: { 'application/json': { schema: attendanceSchema } } },
      ...sessionProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const tenantId = member.tenant.id;
    const { sessionId, day } = c.req.valid('param');
    const { marks } = c.req.valid('json');
    const result = await withTenant(deps.db, tenantId, async (tx) => {
      await sessionDay(tx, member, sessionId, day);
      const confirmed = new Set((await attendanceOn(tx, tenantId, sessionId, day)).map((m) => m.enrolmentId));
      const errors = marks.flatMap((mark, index) =>
        confirmed.has(mark.enrolmentId)
          ? []
          : [
              {
                path: ['marks', index, 'enrolmentId'].join('.'),
                code: stageStaffProblems.notConfirmed.code,
                message: stageStaffProblems.notConfirmed.title,
              },
            ],
      );
      if (errors.length > 0) throw new ProblemError(stageStaffProblems.notConfirmed, undefined, errors);
      await recordMarks(tx, { tenantId, sessionId, day, userId: member.userId }, marks);
      await recordAuditEvent(tx, {
        tenantId,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'stages.attendance_recorded',
        targetType: 'stage_session',
        targetId: sessionId,
        ip: member.ip,
        detail: { day, marks: marks.length },
      });
      return attendanceOn(tx, tenantId, sessionId, day);
    });
    return c.json({ day, marks: result }, 200);
  });
}
