import { EVENT_REQUEST_STATUSES } from '@communa/db';
import { z } from '@hono/zod-openapi';
import { decisionViewSchema } from '../event-decisions/decision-view-schema.ts';
import { eventAddressSchema } from '../events/event-schemas.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';

const keySchema = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, { error: 'Must be a key like concert' });

const equipmentLineSchema = z.strictObject({
  key: keySchema.openapi({ example: 'nadar-barriers' }),
  quantity: z.number().int().min(1).max(10_000),
});

/** What a requester writes in a draft; the form's answers are checked only on submission. */
export const eventRequestInputSchema = z
  .strictObject({
    type: keySchema.openapi({ example: 'neighbourhood-party' }),
    title: z.string().trim().min(1).max(200).openapi({ example: 'Fête de la rue Saint-Gilles' }),
    startsAt: z.iso.datetime({ offset: true }).openapi({ example: '2027-06-12T14:00:00+02:00' }),
    endsAt: z.iso.datetime({ offset: true }).openapi({ example: '2027-06-12T23:00:00+02:00' }),
    place: keySchema
      .optional()
      .openapi({ description: 'A bookable place’s key', example: 'place-du-marche' }),
    address: z
      .strictObject({
        street: z.string().trim().min(1).max(200),
        number: z.string().trim().min(1).max(20),
        box: z.string().trim().min(1).max(20).optional(),
        postalCode: z.string().regex(/^\d{4}$/, { error: 'Must be a Belgian postal code' }),
        city: z.string().trim().min(1).max(100),
      })
      .optional()
      .openapi({ description: 'Where the event is held when it is not a bookable place' }),
    expectedAttendance: z.number().int().min(0).max(1_000_000).optional(),
    equipment: z.array(equipmentLineSchema).max(50).default([]),
    answers: z
      .record(z.string().max(100), z.unknown())
      .default({})
      .openapi({ description: 'Answers to the type’s form, checked by the forms engine on submission' }),
    public: z
      .boolean()
      .default(false)
      .openapi({ description: 'Show it in the open calendar once approved (if its type allows)' }),
    associationId: z.uuid().nullish().openapi({
      description:
        'Asked on behalf of one of my associations: all its members then see it and edit its draft',
    }),
  })
  .refine((input) => input.place === undefined || input.address === undefined, {
    error: 'Give a bookable place or an address, not both',
    path: ['place'],
  })
  .refine((input) => new Set(input.equipment.map((line) => line.key)).size === input.equipment.length, {
    error: 'Each piece of equipment is listed once',
    path: ['equipment'],
  })
  .openapi('EventRequestInput');

export type EventRequestInput = z.output<typeof eventRequestInputSchema>;

export const eventRequestStatusSchema = z.enum(EVENT_REQUEST_STATUSES).openapi('EventRequestStatus');

export const eventRequestParamsSchema = tenantParamsSchema.extend({
  requestId: z.uuid().openapi({ param: { name: 'requestId', in: 'path' } }),
});

export const eventRequestAttachmentParamsSchema = eventRequestParamsSchema.extend({
  uploadId: z.uuid().openapi({ param: { name: 'uploadId', in: 'path' } }),
});

export const withdrawalInputSchema = z
  .strictObject({ comment: z.string().trim().max(2000).optional() })
  .openapi('EventRequestWithdrawal');

export const eventRequestHistoryEntrySchema = z
  .object({
    fromStatus: eventRequestStatusSchema.nullable(),
    toStatus: eventRequestStatusSchema,
    actor: z.enum(['requester', 'staff']),
    comment: z.string().nullable(),
    at: z.iso.datetime(),
  })
  .openapi('EventRequestHistoryEntry');

export const eventRequestSchema = z
  .object({
    id: z.uuid(),
    reference: z.string().openapi({ example: 'LIE-2027-4F7K2' }),
    type: z.string(),
    title: z.string(),
    status: eventRequestStatusSchema,
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    place: z.string().nullable(),
    address: eventAddressSchema.nullable(),
    expectedAttendance: z.number().int().nullable(),
    equipment: z.array(equipmentLineSchema),
    answers: z.record(z.string(), z.unknown()),
    formVersion: z.number().int().nullable(),
    public: z.boolean(),
    submittedAt: z.iso.datetime().nullable(),
    requestedChanges: z
      .string()
      .nullable()
      .openapi({ description: 'While incomplete: what the commune asked the requester to complete' }),
    association: z
      .object({ id: z.uuid(), name: z.string(), companyNumber: z.string().nullable() })
      .nullable()
      .openapi({ description: 'The association it is asked on behalf of, with its current details' }),
    expected: z.enum(['submit', 'complete', 'wait', 'read-decision', 'nothing']).openapi({
      description:
        'What the requester is expected to do: submit the draft, complete it as requestedChanges says and ' +
        'submit again, wait for the commune, read the decision (and download its letter), or nothing more',
    }),
    decision: decisionViewSchema
      .nullable()
      .openapi({ description: 'Once decided: the outcome and its letter' }),
    history: z.array(eventRequestHistoryEntrySchema),
  })
  .openapi('EventRequest');

export type EventRequestView = z.output<typeof eventRequestSchema>;

export const eventRequestSummarySchema = eventRequestSchema
  .pick({
    id: true,
    reference: true,
    type: true,
    title: true,
    status: true,
    startsAt: true,
    endsAt: true,
    association: true,
  })
  .openapi('EventRequestSummary');

export const eventRequestListSchema = z
  .object({ requests: z.array(eventRequestSummarySchema) })
  .openapi('EventRequestList');
