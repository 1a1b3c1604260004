import { eventServiceMembers, withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import type { EventStaffRouteDeps } from '../event-staff/event-staff-route-deps.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { staffProblems } from '../staff/errors.ts';
import { ADMIN_TENANT_PATH, staffMiddleware, staffProblemResponses } from '../staff/staff-route-deps.ts';
import { listMembers } from '../staff/staff-store.ts';
import { servicesOfMember } from './advisor-scope.ts';
import { eventOpinionProblems } from './errors.ts';
import {
  memberServicesInputSchema,
  memberServicesParamsSchema,
  memberServicesSchema,
} from './event-opinion-schemas.ts';
import { activeServices } from './event-opinion-store.ts';

export function registerPutMemberEventServices(app: OpenAPIHono<AppEnv>, deps: EventStaffRouteDeps): void {
  const route = createRoute({
    method: 'put',
    path: `${ADMIN_TENANT_PATH}/staff/members/{memberId}/event-services`,
    tags: ['Staff'],
    summary: 'Set the advisory services a service advisor speaks for (admin; audited)',
    description:
      'Replaces the member’s services. The member must hold the service-advisor role to be given any; an empty ' +
      'list removes them from every service.',
    middleware: staffMiddleware(deps, 'staff:manage'),
    request: {
      params: memberServicesParamsSchema,
      body: { required: true, content: { 'application/json': { schema: memberServicesInputSchema } } },
    },
    responses: {
      200: {
        description: 'The member’s services',
        content: { 'application/json': { schema: memberServicesSchema } },
      },
      ...staffProblemResponses,
      404: problemResponse(
        'No such commune among yours (tenant_not_found) or no such member (member_not_found)',
      ),
      422: problemResponse(
        'Not a service advisor (member_not_advisor), or no such service (event_service_unknown); nothing written',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const actor = c.var.member;
    const { tenant } = actor;
    const { memberId } = c.req.valid('param');
    const services = [...new Set(c.req.valid('json').services)].sort();
    const result = await withTenant(deps.db, tenant.id, async (tx) => {
      const target = (await listMembers(tx, tenant.id)).find((member) => member.id === memberId);
      if (!target) throw new ProblemError(staffProblems.memberNotFound);
      if (services.length > 0 && !target.roles.includes('service-advisor'))
        throw new ProblemError(eventOpinionProblems.memberNotAdvisor);
      const known = (await activeServices(tx, tenant.id)).map((service) => service.key);
      const unknown = services.filter((key) => !known.includes(key));
      if (unknown.length > 0)
        throw new ProblemError(
          eventOpinionProblems.serviceUnknown,
          `Unknown services: ${unknown.join(', ')}`,
        );
      const before = await servicesOfMember(tx, tenant.id, memberId);
      await tx
        .delete(eventServiceMembers)
        .where(and(eq(eventServiceMembers.tenantId, tenant.id), eq(eventServiceMembers.memberId, memberId)));
      if (services.length > 0)
        await tx
          .insert(eventServiceMembers)
          .values(services.map((serviceKey) => ({ tenantId: tenant.id, serviceKey, memberId })));
      await recordAuditEvent(tx, {
        tenantId: tenant.id,
        actorUserId: actor.userId,
        actorEmail: actor.email,
        action: 'staff.event_services_changed',
        targetType: 'user',
        targetId: target.userId,
        ip: actor.ip,
        detail: { email: target.email, from: before, to: services },
      });
      return { memberId, services };
    });
    return c.json(result, 200);
  });
}
