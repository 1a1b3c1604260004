import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../../app-env.ts';
import { resolveCommune } from '../../households/household-route-deps.ts';
import { ProblemError, problemResponse } from '../../problems/problem.ts';
import type { EnrolmentRouteDeps } from '../enrolment-route-deps.ts';
import { findOpenableSession } from '../enrolment-store.ts';
import { stageProblems } from '../errors.ts';
import { drawGate } from './draw-gate.ts';
import type { SessionDraws } from './draw-schemas.ts';
import { sessionDrawParamsSchema, sessionDrawsSchema } from './draw-schemas.ts';
import { drawTickets, sessionDraws } from './draw-store.ts';

export function registerGetSessionDraws(app: OpenAPIHono<AppEnv>, deps: EnrolmentRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/v1/tenants/{tenant}/stage-sessions/{sessionId}/draws',
    tags: ['Stages'],
    summary: 'The draws of a session, to check them',
    description:
      'For a session allocated by draw: each window’s draw with the SHA-256 of its seed (from the window’s ' +
      'opening), its tickets, and once drawn the seed and each ticket’s rank, so anyone can recompute the order ' +
      '(README, “The draw”). A draw whose time has come is run by the first request that needs it, this one included.',
    request: { params: sessionDrawParamsSchema },
    responses: {
      200: { description: 'The draws', content: { 'application/json': { schema: sessionDrawsSchema } } },
      400: problemResponse('The session id is not a UUID (validation_failed)'),
      403: problemResponse('The calling website may not embed this commune'),
      404: problemResponse('No such commune, or no such session in it (stage_session_not_found)'),
    },
  });
  app.openapi(route, async (c) => {
    const { tenant: slug, sessionId } = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, slug);
    const now = new Date();
    const answer = await withTenant(deps.db, tenant.id, async (tx): Promise<SessionDraws> => {
      const session = await findOpenableSession(tx, tenant.id, sessionId);
      if (!session) throw new ProblemError(stageProblems.sessionNotFound);
      await drawGate(tx, { jobs: deps.jobs, invoiceTerms: deps.invoiceTerms, tenant, session, now });
      const draws = await sessionDraws(tx, tenant.id, session.id);
      return {
        sessionId: session.id,
        draws: await Promise.all(
          draws.map(async (draw) => {
            const window = session.windows[draw.windowPosition];
            const tickets = await drawTickets(tx, tenant.id, draw.id);
            return {
              window: {
                opensAt: (window?.from ?? draw.drawAt).toISOString(),
                for: window?.for ?? 'everyone',
              },
              drawAt: draw.drawAt.toISOString(),
              seedHash: draw.seedHash,
              seed: draw.drawnAt ? draw.seed : null,
              drawnAt: draw.drawnAt?.toISOString() ?? null,
              prioritised: window?.for === 'residents',
              tickets: tickets.map((ticket) => ({
                id: ticket.id,
                children: ticket.childIds.length,
                allOrNone: ticket.allOrNone,
                priority: ticket.priority,
                rank: ticket.rank,
              })),
            };
          }),
        ),
      };
    });
    return c.json(answer, 200);
  });
}
