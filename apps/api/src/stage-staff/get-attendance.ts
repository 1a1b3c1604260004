import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { sessionDay } from './attendance-day.ts';
import { attendanceOn } from './attendance-store.ts';
import { SESSION_PATH, sessionProblemResponses } from './stage-staff-route-deps.ts';
import { attendanceParamsSchema, attendanceSchema } from './stage-staff-schemas.ts';

export function registerGetAttendance(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: `${SESSION_PATH}/attendance/{day}`,
    tags: ['Staff: stages'],
    summary: 'Attendance of one day: a mark (or none yet) per confirmed child',
    middleware: staffMiddleware(deps, 'stage-sessions:read'),
    request: { params: attendanceParamsSchema },
    responses: {
      200: { description: 'The day’s marks', content: { 'application/json': { schema: attendanceSchema } } },
      ...sessionProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { sessionId, day } = c.req.valid('param');
    const marks = await withTenant(deps.db, member.tenant.id, async (tx) => {
      await sessionDay(tx, member, sessionId, day);
      return attendanceOn(tx, member.tenant.id, sessionId, day);
    });
    return c.json({ day, marks }, 200);
  });
}
