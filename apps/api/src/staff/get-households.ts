import { childHouseholds, children, householdMembers, households, users, withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { and, asc, eq } from 'drizzle-orm';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { householdColumns } from '../households/household-store.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import type { StaffRouteDeps } from './staff-route-deps.ts';
import { ADMIN_TENANT_PATH, staffMiddleware, staffProblemResponses } from './staff-route-deps.ts';
import { staffHouseholdsSchema } from './staff-schemas.ts';

export function registerGetHouseholds(app: OpenAPIHono<AppEnv>, deps: StaffRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: `${ADMIN_TENANT_PATH}/households`,
    tags: ['Staff'],
    summary: 'The commune’s families: households, their members and children (admin, stage-manager)',
    middleware: staffMiddleware(deps, 'households:read'),
    request: { params: tenantParamsSchema },
    responses: {
      200: { description: 'Households', content: { 'application/json': { schema: staffHouseholdsSchema } } },
      ...staffProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { tenant } = member;
    const result = await withTenant(deps.db, tenant.id, async (tx) => {
      const rows = await tx
        .select(householdColumns)
        .from(households)
        .where(eq(households.tenantId, tenant.id))
        .orderBy(asc(households.postalCode), asc(households.street), asc(households.number));
      const people = await tx
        .select({ householdId: householdMembers.householdId, email: users.email, name: users.name })
        .from(householdMembers)
        .innerJoin(users, eq(users.id, householdMembers.userId))
        .where(eq(householdMembers.tenantId, tenant.id))
        .orderBy(asc(users.email));
      const kids = await tx
        .select({
          householdId: childHouseholds.householdId,
          id: children.id,
          firstName: children.firstName,
          lastName: children.lastName,
          birthDate: children.birthDate,
        })
        .from(childHouseholds)
        .innerJoin(
          children,
          and(eq(children.tenantId, childHouseholds.tenantId), eq(children.id, childHouseholds.childId)),
        )
        .where(eq(childHouseholds.tenantId, tenant.id))
        .orderBy(asc(children.birthDate));
      // Reading people's data is itself recorded, in the same transaction.
      await recordAuditEvent(tx, {
        tenantId: tenant.id,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'households.listed',
        targetType: 'households',
        ip: member.ip,
        detail: { count: rows.length },
      });
      return rows.map((row) => ({
        ...row,
        members: people.filter((p) => p.householdId === row.id).map(({ email, name }) => ({ email, name })),
        children: kids.filter((k) => k.householdId === row.id).map(({ householdId: _, ...child }) => child),
      }));
    });
    return c.json({ households: result }, 200);
  });
}
