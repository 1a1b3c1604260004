import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { problemResponse } from '../problems/problem.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { addEnrolment } from './manual-enrolment.ts';
import type { StageStaffRouteDeps } from './stage-staff-route-deps.ts';
import { SESSION_PATH, sessionProblemResponses } from './stage-staff-route-deps.ts';
import {
  manualEnrolmentInputSchema,
  sessionParamsSchema,
  staffEnrolmentSchema,
} from './stage-staff-schemas.ts';

export function registerPostSessionEnrolment(app: OpenAPIHono<AppEnv>, deps: StageStaffRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: `${SESSION_PATH}/enrolments`,
    tags: ['Staff: stages'],
    summary: 'Enrol a child by hand (admin, stage-manager): confirmed if a seat is left (audited)',
    middleware: staffMiddleware(deps, 'stage-sessions:manage'),
    request: {
      params: sessionParamsSchema,
      body: { required: true, content: { 'application/json': { schema: manualEnrolmentInputSchema } } },
    },
    responses: {
      201: { description: 'Enrolled', content: { 'application/json': { schema: staffEnrolmentSchema } } },
      ...sessionProblemResponses,
      404: problemResponse(
        'No such commune, session or child of that household (stage_session_not_found, child_not_found)',
      ),
      409: problemResponse('No seat left (stage_session_full), already enrolled, or an overlapping session'),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { sessionId } = c.req.valid('param');
    const input = c.req.valid('json');
    const enrolment = await withTenant(deps.db, member.tenant.id, (tx) =>
      addEnrolment(tx, deps, member, sessionId, input),
    );
    return c.json(enrolment, 201);
  });
}
