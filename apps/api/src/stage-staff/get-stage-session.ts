import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { readRoster } from './session-roster.ts';
import { SESSION_PATH, sessionProblemResponses } from './stage-staff-route-deps.ts';
import { sessionParamsSchema, staffSessionSchema } from './stage-staff-schemas.ts';

export function registerGetStageSession(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: SESSION_PATH,
    tags: ['Staff: stages'],
    summary: 'A session’s children: enrolled, waitlist in order, cancelled (each read is audited)',
    middleware: staffMiddleware(deps, 'stage-sessions:read'),
    request: { params: sessionParamsSchema },
    responses: {
      200: { description: 'The session', content: { 'application/json': { schema: staffSessionSchema } } },
      ...sessionProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { sessionId } = c.req.valid('param');
    const view = await withTenant(deps.db, member.tenant.id, (tx) =>
      readRoster(tx, member, sessionId, 'json'),
    );
    return c.json(view, 200);
  });
}
