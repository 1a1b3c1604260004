import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { decodeAuditCursor, encodeAuditCursor, listAuditEvents } from '../audit/audit-events.ts';
import { httpProblems } from '../problems/codes.ts';
import { ProblemError } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import type { StaffRouteDeps } from './staff-route-deps.ts';
import { ADMIN_TENANT_PATH, staffMiddleware, staffProblemResponses } from './staff-route-deps.ts';
import { auditPageSchema, auditQuerySchema } from './staff-schemas.ts';

export function registerGetAuditLog(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: `${ADMIN_TENANT_PATH}/audit-log`,
    tags: ['Staff'],
    summary: 'The commune’s audit log, newest first (admin)',
    middleware: staffMiddleware(deps, 'audit:read'),
    request: { params: tenantParamsSchema, query: auditQuerySchema },
    responses: {
      200: {
        description: 'One page of events',
        content: { 'application/json': { schema: auditPageSchema } },
      },
      ...staffProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const { tenant } = c.var.member;
    const { limit, before } = c.req.valid('query');
    const cursor = before === undefined ? undefined : decodeAuditCursor(before);
    if (before !== undefined && !cursor) {
      throw new ProblemError(httpProblems.validationFailed, undefined, [
        { path: 'before', code: 'invalid_cursor', message: 'Not a cursor given by this API' },
      ]);
    }
    const rows = await withTenant(deps.db, tenant.id, (tx) =>
      listAuditEvents(tx, tenant.id, { limit: limit + 1, before: cursor }),
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return c.json(
      {
        events: page.map((row) => ({
          id: row.id,
          at: row.at.toISOString(),
          actorEmail: row.actorEmail,
          action: row.action,
          targetType: row.targetType,
          targetId: row.targetId,
          ip: row.ip,
        })),
        nextCursor: rows.length > limit && last ? encodeAuditCursor({ at: last.at, id: last.id }) : null,
      },
      200,
    );
  });
}
