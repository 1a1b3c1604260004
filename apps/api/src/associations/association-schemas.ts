import { ASSOCIATION_ROLES } from '@communa/db';
import { z } from '@hono/zod-openapi';
import { householdInputSchema } from '../households/household-schemas.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** The household's address shape (same Belgian checks), without its phone: the contact has one. */
export const associationAddressSchema = householdInputSchema
  .omit({ phone: true })
  .openapi('AssociationAddress');

export const associationInputSchema = z
  .strictObject({
    name: text(200).openapi({ example: 'Comité de quartier Saint-Gilles' }),
    companyNumber: z.string().max(20).nullish().openapi({
      description: 'BCE/KBO enterprise number (checksum mod 97); none for a de facto association',
      example: '0403.170.701',
    }),
    address: associationAddressSchema,
    contact: z.strictObject({
      name: text(200).openapi({ example: 'Claire Renard' }),
      email: z.email().max(254),
      phone: z.string().max(40).nullish().openapi({ example: '+32 470 12 34 56' }),
    }),
  })
  .openapi('AssociationInput');

export type AssociationInput = z.output<typeof associationInputSchema>;

export const associationRoleSchema = z.enum(ASSOCIATION_ROLES).openapi('AssociationRole');

export const associationSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    companyNumber: z
      .string()
      .nullable()
      .openapi({ description: 'Formatted 0123.456.749', example: '0403.170.701' }),
    myRole: associationRoleSchema,
  })
  .openapi('AssociationSummary');

export const associationMemberSchema = z
  .object({ userId: z.uuid(), name: z.string(), email: z.string(), role: associationRoleSchema })
  .openapi('AssociationMember');

export const associationInvitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: associationRoleSchema,
    status: z.enum(['pending', 'accepted', 'declined', 'cancelled', 'expired']),
    expiresAt: z.iso.datetime(),
    createdAt: z.iso.datetime(),
  })
  .openapi('AssociationInvitation');

export const associationSchema = associationSummarySchema
  .extend({
    address: z.object({
      street: z.string(),
      number: z.string(),
      box: z.string().nullable(),
      postalCode: z.string(),
      city: z.string(),
      country: z.string(),
    }),
    contact: z.object({
      name: z.string(),
      email: z.string(),
      phone: z.string().nullable().openapi({ description: 'E.164' }),
    }),
    members: z.array(associationMemberSchema),
    invitations: z
      .array(associationInvitationSchema)
      .openapi({ description: 'Invitations sent, the latest first (owners only; empty for members)' }),
  })
  .openapi('Association');

export type AssociationView = z.output<typeof associationSchema>;

export const associationListSchema = z
  .object({ associations: z.array(associationSummarySchema) })
  .openapi('AssociationList');

export const associationParamsSchema = tenantParamsSchema.extend({
  associationId: z.uuid().openapi({ param: { name: 'associationId', in: 'path' } }),
});

export const associationMemberParamsSchema = associationParamsSchema.extend({
  userId: z.uuid().openapi({ param: { name: 'userId', in: 'path' } }),
});

export const associationInvitationParamsSchema = associationParamsSchema.extend({
  associationInvitationId: z.uuid().openapi({ param: { name: 'associationInvitationId', in: 'path' } }),
});

export const associationInvitationInputSchema = z
  .strictObject({
    email: z.email().max(254),
    role: associationRoleSchema.default('member'),
  })
  .openapi('AssociationInvitationInput');

export const invitationTokenInputSchema = z
  .strictObject({
    token: z
      .string()
      .regex(/^[A-Za-z0-9_-]{43}$/, { error: 'Not an invitation token' })
      .openapi({ description: 'The token of the link mailed to the invited address' }),
  })
  .openapi('AssociationInvitationToken');

export const receivedInvitationSchema = z
  .object({
    association: z.object({ id: z.uuid(), name: z.string() }),
    invitedBy: z.object({ name: z.string(), email: z.string() }).nullable(),
    role: associationRoleSchema,
    expiresAt: z.iso.datetime(),
  })
  .openapi('ReceivedAssociationInvitation');
