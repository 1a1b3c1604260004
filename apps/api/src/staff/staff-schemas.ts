import { LANGUAGES } from '@communa/tenant-config';
import { z } from '@hono/zod-openapi';
import { childSchema, householdSchema } from '../households/household-schemas.ts';
import { languageSchema, localizedTextSchema } from '../tenants/public-tenant-schema.ts';
import { staffRoleSchema } from './staff-roles.ts';

export const staffRolesSchema = z.array(staffRoleSchema).min(1).max(7);

export const staffCommuneSchema = z
  .object({
    slug: z.string(),
    names: localizedTextSchema,
    defaultLanguage: languageSchema,
    source: z.enum(['code', 'admin']),
    roles: z.array(staffRoleSchema),
    needsSecondFactor: z.boolean().openapi({
      description:
        'The roles here require a TOTP code this session has not given (enrol first if twoFactorEnabled is false)',
    }),
  })
  .openapi('StaffCommune');

export const staffMeSchema = z
  .object({
    user: z.object({
      id: z.uuid(),
      email: z.string(),
      name: z.string(),
      // Its own enum: `.nullable()` on the shared Language component would make that one nullable too.
      language: z.enum(LANGUAGES).nullable(),
    }),
    hasPassword: z.boolean(),
    twoFactorEnabled: z.boolean(),
    secondFactorVerified: z.boolean(),
    communes: z.array(staffCommuneSchema),
  })
  .openapi('StaffMe');

export const staffMemberSchema = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    email: z.string(),
    name: z.string(),
    roles: z.array(staffRoleSchema),
    createdAt: z.iso.datetime(),
  })
  .openapi('StaffMember');

export const staffInvitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    roles: z.array(staffRoleSchema),
    status: z.enum(['pending', 'accepted', 'rejected', 'canceled']),
    expiresAt: z.iso.datetime(),
    createdAt: z.iso.datetime(),
  })
  .openapi('StaffInvitation');

export const staffListSchema = z
  .object({ members: z.array(staffMemberSchema), invitations: z.array(staffInvitationSchema) })
  .openapi('StaffList');

export const invitationInputSchema = z
  .strictObject({ email: z.email().max(254), roles: staffRolesSchema })
  .openapi('StaffInvitationInput');

export const rolesInputSchema = z.strictObject({ roles: staffRolesSchema }).openapi('StaffRolesInput');

export const auditEventSchema = z
  .object({
    id: z.uuid(),
    at: z.iso.datetime(),
    actorEmail: z.string().nullable(),
    action: z.string().openapi({ example: 'staff.roles_changed' }),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    ip: z.string().nullable(),
  })
  .openapi('AuditEvent');

export const auditPageSchema = z
  .object({ events: z.array(auditEventSchema), nextCursor: z.string().nullable() })
  .openapi('AuditPage');

export const auditQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.string().max(200).optional().openapi({ description: 'nextCursor of the previous page' }),
});

export const invitationViewSchema = z
  .object({
    id: z.uuid(),
    tenant: z.object({ slug: z.string(), names: localizedTextSchema }),
    roles: z.array(staffRoleSchema),
    status: z.enum(['pending', 'accepted', 'rejected', 'canceled']),
    expiresAt: z.iso.datetime(),
  })
  .openapi('StaffInvitationView');

/** A household as its members see it, with who they are; children without their national number. */
export const staffHouseholdSchema = householdSchema
  .omit({ children: true })
  .extend({
    members: z.array(z.object({ email: z.string(), name: z.string() })),
    children: z.array(childSchema.omit({ niss: true })),
  })
  .openapi('StaffHousehold');

export const staffHouseholdsSchema = z
  .object({ households: z.array(staffHouseholdSchema) })
  .openapi('StaffHouseholds');

export const memberParamsSchema = z.object({
  tenant: z.string().openapi({ param: { name: 'tenant', in: 'path' }, example: 'liege' }),
  memberId: z.uuid().openapi({ param: { name: 'memberId', in: 'path' } }),
});

export const tenantInvitationParamsSchema = z.object({
  tenant: z.string().openapi({ param: { name: 'tenant', in: 'path' }, example: 'liege' }),
  invitationId: z.uuid().openapi({ param: { name: 'invitationId', in: 'path' } }),
});

export const invitationParamsSchema = z.object({
  invitationId: z.uuid().openapi({ param: { name: 'invitationId', in: 'path' } }),
});
