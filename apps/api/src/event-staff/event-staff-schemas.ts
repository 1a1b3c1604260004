import { z } from '@hono/zod-openapi';
import { eventRequestSchema, eventRequestStatusSchema } from '../event-requests/event-request-schemas.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';

export const staffRequestParamsSchema = tenantParamsSchema.extend({
  requestId: z.uuid().openapi({ param: { name: 'requestId', in: 'path' } }),
});

export const staffRequestListQuerySchema = z.strictObject({
  status: eventRequestStatusSchema.optional().openapi({ description: 'Only requests in this status' }),
  type: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,40}$/)
    .optional()
    .openapi({ description: 'Only requests of this event type', example: 'concert' }),
  from: z.iso.date().optional().openapi({ description: 'Only events still on from this day (Brussels)' }),
});

export const requesterSchema = z.object({ name: z.string(), email: z.string() }).nullable();

export const staffRequestSummarySchema = eventRequestSchema
  .pick({
    id: true,
    reference: true,
    type: true,
    title: true,
    status: true,
    startsAt: true,
    endsAt: true,
    place: true,
    submittedAt: true,
  })
  .extend({ requester: requesterSchema })
  .openapi('StaffEventRequestSummary');

export const staffRequestListSchema = z
  .object({ requests: z.array(staffRequestSummarySchema) })
  .openapi('StaffEventRequestList');

export const staffRequestSchema = eventRequestSchema
  .extend({ requester: requesterSchema })
  .openapi('StaffEventRequest');

export const incompleteInputSchema = z
  .strictObject({
    comment: z.string().trim().min(1).max(4000).openapi({ description: 'What the requester must complete' }),
  })
  .openapi('EventRequestIncomplete');

export const reviewInputSchema = z
  .strictObject({ comment: z.string().trim().max(4000).optional() })
  .openapi('EventRequestReview');
