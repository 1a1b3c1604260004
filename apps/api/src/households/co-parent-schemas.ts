import { z } from '@hono/zod-openapi';

export const coParentInvitationInputSchema = z
  .strictObject({
    email: z.email().max(254),
    childIds: z
      .array(z.uuid())
      .min(1)
      .max(20)
      .refine((ids) => new Set(ids).size === ids.length, 'Each child once'),
  })
  .openapi('CoParentInvitationInput');

export const coParentInvitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string().openapi({ description: 'The invited parent’s address' }),
    status: z.enum(['pending', 'accepted', 'declined', 'cancelled', 'expired']),
    invitedBy: z.object({ name: z.string(), email: z.string() }),
    children: z.array(z.object({ id: z.uuid(), firstName: z.string(), lastName: z.string() })),
    expiresAt: z.iso.datetime(),
    createdAt: z.iso.datetime(),
  })
  .openapi('CoParentInvitation');

export const coParentInvitationsSchema = z
  .object({
    sent: z.array(coParentInvitationSchema),
    received: z.array(coParentInvitationSchema).openapi({ description: 'Pending invitations to my address' }),
  })
  .openapi('CoParentInvitations');

export const coParentInvitationParamsSchema = z.object({
  tenant: z
    .string()
    .max(64)
    .openapi({ param: { name: 'tenant', in: 'path' }, example: 'liege' }),
  coParentInvitationId: z.uuid().openapi({ param: { name: 'coParentInvitationId', in: 'path' } }),
});

export type CoParentInvitationView = z.infer<typeof coParentInvitationSchema>;
