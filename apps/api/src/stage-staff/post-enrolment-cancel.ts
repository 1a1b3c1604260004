import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { problemResponse } from '../problems/problem.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { cancelEnrolment } from './manual-enrolment.ts';
import type { StageStaffRouteDeps } from './stage-staff-route-deps.ts';
import { SESSION_PATH, sessionProblemResponses } from './stage-staff-route-deps.ts';
import { enrolmentParamsSchema, staffEnrolmentSchema } from './stage-staff-schemas.ts';

export function registerPostEnrolmentCancel(app: OpenAPIHono<AppEnv>, deps: StageStaffRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: `${SESSION_PATH}/enrolments/{enrolmentId}/cancel`,
    tags: ['Staff: stages'],
    summary: 'Cancel an enrolment by hand (admin, stage-manager): a confirmed seat is given back (audited)',
    middleware: staffMiddleware(deps, 'stage-sessions:manage'),
    request: { params: enrolmentParamsSchema },
    responses: {
      200: { description: 'Cancelled', content: { 'application/json': { schema: staffEnrolmentSchema } } },
      ...sessionProblemResponses,
      404: problemResponse('No such commune, session or enrolment (stage_enrolment_not_found)'),
      409: problemResponse('Already cancelled (enrolment_cancelled)'),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { sessionId, enrolmentId } = c.req.valid('param');
    const enrolment = await withTenant(deps.db, member.tenant.id, (tx) =>
      cancelEnrolment(tx, deps, member, sessionId, enrolmentId),
    );
    return c.json(enrolment, 200);
  });
}
