import { z } from '@hono/zod-openapi';
import { localizedTextSchema } from '../tenants/public-tenant-schema.ts';
import { cancellationSchema } from './enrolment-change-schemas.ts';
import { REFUSAL_REASONS } from './enrolment-rules.ts';

export const MAX_CHILDREN_PER_REQUEST = 6;

export const enrolmentInputSchema = z
  .strictObject({
    sessionId: z.uuid().openapi({ description: 'The session’s id, as the catalogue gives it' }),
    childIds: z
      .array(z.uuid())
      .min(1)
      .max(MAX_CHILDREN_PER_REQUEST)
      .refine((ids) => new Set(ids).size === ids.length, { error: 'Each child once' })
      .openapi({ description: 'Children of my household, enrolled in this order' }),
    allOrNone: z.boolean().default(false).openapi({
      description:
        'Siblings stay together: all get a seat or all go to the waitlist, and if one is refused, none is enrolled',
    }),
    answers: z
      .record(z.uuid(), z.record(z.string(), z.unknown()))
      .optional()
      .openapi({
        description:
          'When the stage asks questions (its questions form): each child’s answers, by child id, checked with the forms engine against the form’s current version',
        example: { '0b7c6e52-9d1e-4f0a-8a55-2f1d3c4b5a69': { 'swimming-level': 'confident' } },
      }),
  })
  .refine((input) => Object.keys(input.answers ?? {}).every((childId) => input.childIds.includes(childId)), {
    error: 'Answers only for the children asked',
    path: ['answers'],
  })
  .openapi('EnrolmentRequest');

const referenceSchema = z.string().openapi({ example: 'LIE-2027-4F7K2' });

const confirmedSchema = z.object({
  childId: z.uuid(),
  status: z.literal('confirmed'),
  enrolmentId: z.uuid(),
  reference: referenceSchema,
  priceCents: z.number().int(),
  residencyUnconfirmed: z.boolean().openapi({
    description: 'Enrolled in a residents’ window before staff confirmed the residency: staff will check it',
  }),
});

const waitlistedSchema = z.object({
  childId: z.uuid(),
  status: z.literal('waitlisted'),
  enrolmentId: z.uuid(),
  reference: referenceSchema,
  position: z.number().int().min(1).openapi({ description: 'Place on the waitlist, 1 first' }),
  priceCents: z.number().int().openapi({ description: 'The price should a seat be offered' }),
  residencyUnconfirmed: z.boolean(),
});

export const refusedSchema = z.object({
  childId: z.uuid(),
  status: z.literal('refused'),
  reason: z.enum(REFUSAL_REASONS),
  opensAt: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: 'With not_open_yet: when this household may enrol' }),
});

export const enrolmentResultSchema = z
  .discriminatedUnion('status', [confirmedSchema, waitlistedSchema, refusedSchema])
  .openapi('EnrolmentResult');

export const enrolmentAnswerSchema = z
  .object({
    sessionId: z.uuid(),
    results: z.array(enrolmentResultSchema).openapi({ description: 'One per child, in the order asked' }),
  })
  .openapi('EnrolmentAnswer');

export const myEnrolmentSchema = z
  .object({
    id: z.uuid(),
    reference: referenceSchema,
    status: z.enum(['confirmed', 'waitlisted', 'offered', 'cancelled']).openapi({
      description:
        'offered: a freed seat is held for this child until offerExpiresAt; accept or decline it before then',
    }),
    waitlistPosition: z.number().int().nullable().openapi({ description: 'While waitlisted: 1 is next' }),
    offerExpiresAt: z.iso.datetime({ offset: true }).nullable(),
    cancellation: cancellationSchema
      .nullable()
      .openapi({ description: 'Once cancelled: why, fee and credit' }),
    priceCents: z.number().int(),
    residencyUnconfirmed: z.boolean(),
    createdAt: z.iso.datetime({ offset: true }),
    child: z.object({ id: z.uuid(), firstName: z.string(), lastName: z.string() }),
    session: z.object({
      id: z.uuid(),
      key: z.string(),
      days: z.array(z.iso.date()),
      hours: z.object({ from: z.string(), to: z.string() }),
      stage: z.object({ key: z.string(), title: localizedTextSchema }),
    }),
  })
  .openapi('MyEnrolment');

export const myEnrolmentsSchema = z
  .object({ enrolments: z.array(myEnrolmentSchema) })
  .openapi('MyEnrolments');

export type EnrolmentInput = z.output<typeof enrolmentInputSchema>;
export type EnrolmentResult = z.infer<typeof enrolmentResultSchema>;
export type EnrolmentAnswer = z.infer<typeof enrolmentAnswerSchema>;
export type MyEnrolment = z.infer<typeof myEnrolmentSchema>;
