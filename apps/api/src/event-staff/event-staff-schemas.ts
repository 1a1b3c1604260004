import { isCalendarDay } from '@communa/tenant-config';
import { z } from '@hono/zod-openapi';
import { opinionViewSchema } from '../event-opinions/opinion-view-schema.ts';
import { eventRequestSchema, eventRequestStatusSchema } from '../event-requests/event-request-schemas.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';

export const staffRequestParamsSchema = tenantParamsSchema.extend({
  requestId: z.uuid().openapi({ param: { name: 'requestId', in: 'path' } }),
});

export const staffRequestAttachmentParamsSchema = staffRequestParamsSchema.extend({
  uploadId: z.uuid().openapi({ param: { name: 'uploadId', in: 'path' } }),
});

export const staffRequestListQuerySchema = z.strictObject({
  status: eventRequestStatusSchema.optional().openapi({ description: 'Only requests in this status' }),
  type: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,40}$/)
    .optional()
    .openapi({ description: 'Only requests of this event type', example: 'concert' }),
  from: z.iso.date().optional().openapi({ description: 'Only events still on from this day (Brussels)' }),
  to: z.iso.date().optional().openapi({ description: 'Only events starting by this day (Brussels)' }),
  place: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,40}$/)
    .optional()
    .openapi({ description: 'Only requests for this bookable place', example: 'place-du-marche' }),
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: 'Words found in the reference, title or requester’s name or e-mail' }),
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
  .object({
    requests: z.array(staffRequestSummarySchema),
    counts: z
      .partialRecord(eventRequestStatusSchema, z.number().int())
      .openapi({ description: 'The commune’s submitted requests per status, whatever the filter' }),
  })
  .openapi('StaffEventRequestList');

export const staffRequestSchema = eventRequestSchema
  .extend({
    requester: requesterSchema,
    definition: z.record(z.string(), z.unknown()).nullable().openapi({
      description:
        'The FormDefinition of the version the answers were given to, to label them (null before one)',
    }),
    opinions: z.array(opinionViewSchema).openapi({
      description: 'The opinions asked of services; a service advisor sees only those of their own services',
    }),
    conditionsFromOpinions: z
      .string()
      .nullable()
      .openapi({
        description:
          'The conditions of the favourable-with-conditions opinions, each under its service’s name: what the ' +
          'decision offers by default',
      }),
  })
  .openapi('StaffEventRequest');

export const incompleteInputSchema = z
  .strictObject({
    comment: z.string().trim().min(1).max(4000).openapi({ description: 'What the requester must complete' }),
  })
  .openapi('EventRequestIncomplete');

export const reviewInputSchema = z
  .strictObject({ comment: z.string().trim().max(4000).optional() })
  .openapi('EventRequestReview');

const calendarDaySchema = z
  .string()
  .refine(isCalendarDay, { error: 'Must be a real date written YYYY-MM-DD' });

export const staffCalendarQuerySchema = z.strictObject({
  from: calendarDaySchema.openapi({ description: 'First day (Brussels)', example: '2027-06-01' }),
  to: calendarDaySchema.openapi({
    description: 'Last day (Brussels), at most 62 days on',
    example: '2027-06-30',
  }),
});

export const staffCalendarEventSchema = staffRequestSummarySchema
  .pick({
    id: true,
    reference: true,
    type: true,
    title: true,
    status: true,
    startsAt: true,
    endsAt: true,
    place: true,
  })
  .extend({
    equipment: z.array(z.object({ key: z.string(), quantity: z.number().int() })),
    clashes: z
      .array(z.object({ id: z.uuid(), reference: z.string(), title: z.string() }))
      .openapi({ description: 'Requests holding the same place at an overlapping time' }),
    overAllocated: z
      .array(z.object({ key: z.string(), requested: z.number().int(), available: z.number().int() }))
      .openapi({ description: 'Equipment asked beyond the stock left by the overlapping requests' }),
  })
  .openapi('StaffCalendarEvent');

export const staffCalendarSchema = z
  .object({ from: z.iso.date(), to: z.iso.date(), events: z.array(staffCalendarEventSchema) })
  .openapi('StaffEventCalendar');
