import { associationInvitations, associationMembers, users, withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import { and, count, eq, sql } from 'drizzle-orm';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { enqueueMail } from '../jobs/mail-jobs.ts';
import { renderAssociationInvitation } from '../notifications/templates/association-invitation.ts';
import { mailLanguage } from '../notifications/templates/mail-brand.ts';
import { tenantMailBrand } from '../notifications/tenant-mail.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { newInvitationToken } from './association-invitation-token.ts';
import type { AssociationRouteDeps } from './association-route-deps.ts';
import { MY_ASSOCIATIONS_PATH } from './association-route-deps.ts';
import { ASSOCIATION_PENDING_MAX, invitationExpiry } from './association-rules.ts';
import {
  associationInvitationInputSchema,
  associationParamsSchema,
  associationSchema,
} from './association-schemas.ts';
import { lockMyAssociation, presentAssociation } from './association-store.ts';
import { associationProblems } from './errors.ts';

/** The commune's page (where it embeds the account widget) carrying the invitation's token. */
export function invitationUrl(websiteUrl: string, token: string): string {
  const url = new URL(websiteUrl);
  url.searchParams.set('communa-association-invitation', token);
  return url.toString();
}

export function registerPostAssociationInvitation(
  app: OpenAPIHono<AppEnv>,
  deps: AssociationRouteDeps,
): void {
  const route = createRoute({
    method: 'post',
    path: `${MY_ASSOCIATIONS_PATH}/{associationId}/invitations`,
    tags: ['Associations'],
    summary: 'Invite someone into my association by e-mail (owners)',
    description:
      'Mails a link to the commune’s website with `?communa-association-invitation=<token>`, valid 14 days, in ' +
      'the invited person’s language when they already have an account, else the commune’s. Only the token’s ' +
      'hash is kept. The invited person answers it signed in with that address.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: {
      params: associationParamsSchema,
      body: { required: true, content: { 'application/json': { schema: associationInvitationInputSchema } } },
    },
    responses: {
      201: {
        description: 'The association, with the invitation among those sent',
        content: { 'application/json': { schema: associationSchema } },
      },
      400: problemResponse('Not valid; nothing was saved'),
      ...citizenProblemResponses,
      403: problemResponse(
        'Not an owner of the association (association_owner_required), or the calling website may not embed this commune',
      ),
      404: problemResponse('Not one of my associations (association_not_found), or no such commune'),
      409: problemResponse(
        'Already a member (association_already_member), already invited (association_already_invited) or too many pending (association_too_many_invitations)',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const { tenant: slug, associationId } = c.req.valid('param');
    const tenant = await resolveCommune(deps.tenants, slug);
    const input = c.req.valid('json');
    const email = input.email.toLowerCase();
    const citizen = c.var.citizen;
    const now = new Date();
    const view = await withTenant(deps.db, tenant.id, async (tx) => {
      const { row, role } = await lockMyAssociation(tx, tenant.id, associationId, citizen.userId);
      if (role !== 'owner') throw new ProblemError(associationProblems.ownerRequired);
      const [member] = await tx
        .select({ userId: associationMembers.userId })
        .from(associationMembers)
        .innerJoin(users, eq(users.id, associationMembers.userId))
        .where(
          and(
            eq(associationMembers.tenantId, tenant.id),
            eq(associationMembers.associationId, associationId),
            eq(sql`lower(${users.email})`, email),
          ),
        );
      if (member) throw new ProblemError(associationProblems.alreadyMember);
      const pending = and(
        eq(associationInvitations.tenantId, tenant.id),
        eq(associationInvitations.associationId, associationId),
        eq(associationInvitations.status, 'pending'),
        sql`${associationInvitations.expiresAt} > now()`,
      );
      const [already] = await tx
        .select({ id: associationInvitations.id })
        .from(associationInvitations)
        .where(and(pending, eq(associationInvitations.email, email)));
      if (already) throw new ProblemError(associationProblems.alreadyInvited);
      const [open] = await tx.select({ n: count() }).from(associationInvitations).where(pending);
      if ((open?.n ?? 0) >= ASSOCIATION_PENDING_MAX)
        throw new ProblemError(associationProblems.tooManyInvitations);
      const { token, hash } = newInvitationToken();
      const expiresAt = invitationExpiry(now);
      const [created] = await tx
        .insert(associationInvitations)
        .values({
          tenantId: tenant.id,
          associationId,
          invitedBy: citizen.userId,
          email,
          role: input.role,
          tokenHash: hash,
          expiresAt,
        })
        .returning({ id: associationInvitations.id });
      if (!created) throw new Error('the invitation insert returned nothing');
      const [invitee] = await tx
        .select({ language: users.language })
        .from(users)
        .where(eq(sql`lower(${users.email})`, email));
      const lang = mailLanguage(tenant.publicConfig, invitee?.language);
      // Mailed once the invitation commits.
      await enqueueMail(deps.jobs, tx, tenant.slug, {
        to: email,
        idempotencyKey: `association-invitation/${created.id}`,
        content: renderAssociationInvitation(tenantMailBrand(tenant, lang), {
          inviterName: citizen.name,
          inviterEmail: citizen.email,
          associationName: row.name,
          acceptUrl: invitationUrl(tenant.publicConfig.contact.website, token),
          expiresAt,
        }),
        tags: [{ name: 'kind', value: 'association-invitation' }],
      });
      return presentAssociation(tx, row, role, now);
    });
    return c.json(view, 201);
  });
}
