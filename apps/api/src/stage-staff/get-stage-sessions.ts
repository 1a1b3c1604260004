import { withTenant } from '@communa/db';
import { isCalendarDay, isoWeekOf } from '@communa/tenant-config';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { staffMiddleware, staffProblemResponses } from '../staff/staff-route-deps.ts';
import { presentSessionSummary } from './present-session.ts';
import { managesStages } from './session-access.ts';
import type { SessionRow } from './session-store.ts';
import { listSessions } from './session-store.ts';
import { SESSIONS_PATH } from './stage-staff-route-deps.ts';
import type { SessionsQuery } from './stage-staff-schemas.ts';
import { sessionsQuerySchema, staffSessionsSchema } from './stage-staff-schemas.ts';

function matches(row: SessionRow, query: SessionsQuery): boolean {
  if (query.stage !== undefined && row.stageKey !== query.stage) return false;
  if (query.place !== undefined && row.place.key !== query.place) return false;
  if (query.week !== undefined) {
    const week = isCalendarDay(query.week) ? isoWeekOf(query.week) : query.week;
    if (!row.days.some((day) => isoWeekOf(day) === week)) return false;
  }
  return true;
}

export function registerGetStageSessions(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: SESSIONS_PATH,
    tags: ['Staff: stages'],
    summary: 'Sessions with their fill rate and waitlist (admin, stage-manager; animators: their own)',
    middleware: staffMiddleware(deps, 'stage-sessions:read'),
    request: {
      params: z.object({
        tenant: z
          .string()
          .max(64)
          .openapi({ param: { name: 'tenant', in: 'path' } }),
      }),
      query: sessionsQuerySchema,
    },
    responses: {
      200: { description: 'Sessions', content: { 'application/json': { schema: staffSessionsSchema } } },
      ...staffProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const query = c.req.valid('query');
    const rows = await withTenant(deps.db, member.tenant.id, (tx) =>
      listSessions(tx, member.tenant.id, managesStages(member) ? undefined : member.userId),
    );
    const sessions = rows
      .filter((row) => matches(row, query))
      .map((row) => presentSessionSummary(row, member.tenant));
    return c.json({ sessions }, 200);
  });
}
