import { coParentInvitations, householdMembers, users, withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { and, eq, sql } from 'drizzle-orm';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { enqueueMail } from '../jobs/mail-jobs.ts';
import { renderCoParentInvitation } from '../notifications/templates/co-parent-invitation.ts';
import { mailLanguage } from '../notifications/templates/mail-brand.ts';
import { tenantMailBrand } from '../notifications/tenant-mail.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import type { CoParentRouteDeps } from './co-parent-route-deps.ts';
import { CO_PARENT_PATH } from './co-parent-route-deps.ts';
import { CO_PARENT_PENDING_MAX, invitationExpiry } from './co-parent-rules.ts';
import { coParentInvitationInputSchema, coParentInvitationSchema } from './co-parent-schemas.ts';
import { childrenOfHousehold, countPendingFrom, toInvitationViews } from './co-parent-store.ts';
import { householdProblems } from './errors.ts';
import { citizenProblemResponses, resolveCommune } from './household-route-deps.ts';
import { findHouseholdId } from './household-store.ts';

export function registerPostCoParentInvitation(app: OpenAPIHono<AppEnv>, deps: CoParentRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: CO_PARENT_PATH,
    tags: ['Households'],
    summary: 'Invite the other parent to share some of my children',
    description:
      'Separated parents: the invited address, once signed in on this commune, may accept; the same ' +
      'child records are then linked to their household too. Nothing is shared before that.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: {
      params: tenantParamsSchema,
      body: { required: true, content: { 'application/json': { schema: coParentInvitationInputSchema } } },
    },
    responses: {
      201: { description: 'Invited', content: { 'application/json': { schema: coParentInvitationSchema } } },
      400: problemResponse('Not valid; nothing was saved'),
      ...citizenProblemResponses,
      404: problemResponse('No such commune, or a child not in my household (child_not_found)'),
      409: problemResponse(
        'No household yet (household_required), the person is already in it (co_parent_same_household), already invited (co_parent_already_invited) or too many pending (co_parent_too_many_invitations)',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const tenant = await resolveCommune(deps.tenants, c.req.valid('param').tenant);
    const input = c.req.valid('json');
    const email = input.email.toLowerCase();
    const citizen = c.var.citizen;
    const now = new Date();
    const view = await withTenant(deps.db, tenant.id, async (tx) => {
      const householdId = await findHouseholdId(tx, tenant.id, citizen.userId);
      if (!householdId) throw new ProblemError(householdProblems.householdRequired);
      const mine = await childrenOfHousehold(tx, tenant.id, householdId, input.childIds);
      if (mine.length !== input.childIds.length) throw new ProblemError(householdProblems.childNotFound);
      const [sameHousehold] = await tx
        .select({ userId: householdMembers.userId })
        .from(householdMembers)
        .innerJoin(users, eq(users.id, householdMembers.userId))
        .where(
          and(
            eq(householdMembers.tenantId, tenant.id),
            eq(householdMembers.householdId, householdId),
            eq(sql`lower(${users.email})`, email),
          ),
        );
      if (sameHousehold || email === citizen.email.toLowerCase())
        throw new ProblemError(householdProblems.coParentSelf);
      const [already] = await tx
        .select({ id: coParentInvitations.id })
        .from(coParentInvitations)
        .where(
          and(
            eq(coParentInvitations.tenantId, tenant.id),
            eq(coParentInvitations.householdId, householdId),
            eq(coParentInvitations.email, email),
            eq(coParentInvitations.status, 'pending'),
            sql`${coParentInvitations.expiresAt} > now()`,
          ),
        );
      if (already) throw new ProblemError(householdProblems.coParentAlreadyInvited);
      if ((await countPendingFrom(tx, tenant.id, householdId)) >= CO_PARENT_PENDING_MAX) {
        throw new ProblemError(householdProblems.coParentTooMany);
      }
      const [created] = await tx
        .insert(coParentInvitations)
        .values({
          tenantId: tenant.id,
          householdId,
          invitedBy: citizen.userId,
          email,
          childIds: input.childIds,
          expiresAt: invitationExpiry(now),
        })
        .returning();
      if (!created) throw new Error('the invitation insert returned nothing');
      const [shown] = await toInvitationViews(tx, tenant.id, [created], now);
      if (!shown) throw new Error('the invitation just made cannot be shown');
      const lang = mailLanguage(tenant.publicConfig, citizen.language ?? c.req.header('accept-language'));
      // Mailed once the invitation commits; the other parent also sees it once signed in.
      await enqueueMail(deps.jobs, tx, tenant.slug, {
        to: email,
        idempotencyKey: `co-parent-invitation/${shown.id}`,
        content: renderCoParentInvitation(tenantMailBrand(tenant, lang), {
          inviterName: citizen.name,
          inviterEmail: citizen.email,
          childNames: shown.children.map((child) => child.firstName),
          websiteUrl: tenant.publicConfig.contact.website,
          expiresAt: new Date(shown.expiresAt),
        }),
        tags: [{ name: 'kind', value: 'co-parent-invitation' }],
      });
      return shown;
    });
    return c.json(view, 201);
  });
}
