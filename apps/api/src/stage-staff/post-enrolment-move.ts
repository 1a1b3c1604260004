import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { problemResponse } from '../problems/problem.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { moveEnrolment } from './manual-enrolment.ts';
import type { StageStaffRouteDeps } from './stage-staff-route-deps.ts';
import { SESSION_PATH, sessionProblemResponses } from './stage-staff-route-deps.ts';
import {
  enrolmentParamsSchema,
  moveEnrolmentInputSchema,
  staffEnrolmentSchema,
} from './stage-staff-schemas.ts';

export function registerPostEnrolmentMove(app: OpenAPIHono<AppEnv>, deps: StageStaffRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: `${SESSION_PATH}/enrolments/{enrolmentId}/move`,
    tags: ['Staff: stages'],
    summary: 'Move a child to another session (admin, stage-manager), in one transaction (audited)',
    description:
      'A confirmed seat in the other session, or 409 and nothing written; the old enrolment is cancelled.',
    middleware: staffMiddleware(deps, 'stage-sessions:manage'),
    request: {
      params: enrolmentParamsSchema,
      body: { required: true, content: { 'application/json': { schema: moveEnrolmentInputSchema } } },
    },
    responses: {
      200: {
        description: 'The new enrolment',
        content: { 'application/json': { schema: staffEnrolmentSchema } },
      },
      ...sessionProblemResponses,
      404: problemResponse('No such commune, session or enrolment'),
      409: problemResponse('No seat left there, already enrolled there, overlap, or already cancelled'),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { sessionId, enrolmentId } = c.req.valid('param');
    const { toSessionId } = c.req.valid('json');
    const enrolment = await withTenant(deps.db, member.tenant.id, (tx) =>
      moveEnrolment(tx, deps, member, sessionId, enrolmentId, toSessionId),
    );
    return c.json(enrolment, 200);
  });
}
