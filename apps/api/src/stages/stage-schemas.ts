import { AUDIENCES, isCalendarDay, mondayOfIsoWeek, STAGE_CATEGORIES } from '@communa/tenant-config';
import { z } from '@hono/zod-openapi';
import { localizedTextSchema } from '../tenants/public-tenant-schema.ts';

const KEY_PATTERN = /^[a-z][a-z0-9-]{1,40}$/;

const calendarDaySchema = z
  .string()
  .refine(isCalendarDay, { error: 'Must be a real date written YYYY-MM-DD' });

export const stageParamsSchema = z.object({
  tenant: z
    .string()
    .max(64)
    .openapi({ param: { name: 'tenant', in: 'path' }, example: 'liege' }),
  stageKey: z
    .string()
    .max(64)
    .openapi({
      param: { name: 'stageKey', in: 'path' },
      example: 'multisports',
      description: 'The stage’s key',
    }),
});

export const stageCategorySchema = z.enum(STAGE_CATEGORIES).openapi('StageCategory');

export const catalogueQuerySchema = z.strictObject({
  week: z
    .string()
    .refine((value) => mondayOfIsoWeek(value) !== undefined || isCalendarDay(value), {
      error: 'Must be an ISO week like 2027-W28 or a date like 2027-07-12',
    })
    .optional()
    .openapi({
      description: 'Sessions with a day in this ISO week (2027-W28) or in the week of this date',
      example: '2027-W28',
    }),
  age: z.coerce.number().int().min(0).max(25).optional().openapi({
    description: 'Sessions open to a child of this age (in years, on the first day)',
    example: 7,
  }),
  birthDate: calendarDaySchema.optional().openapi({
    description: 'Sessions open to a child born on this day (age judged on each first day)',
    example: '2019-04-12',
  }),
  category: stageCategorySchema.optional(),
  place: z
    .string()
    .regex(KEY_PATTERN)
    .optional()
    .openapi({ description: 'A place’s key', example: 'jonfosse' }),
});

export const stageOnlyQuerySchema = z.strictObject({});

export const placeSchema = z
  .object({
    key: z.string(),
    name: z.string().openapi({ example: 'Piscine de Jonfosse' }),
    address: z.object({
      street: z.string(),
      number: z.string(),
      box: z.string().optional(),
      postalCode: z.string(),
      city: z.string(),
    }),
  })
  .openapi('StagePlace');

const audienceSchema = z.enum(AUDIENCES).openapi('EnrolmentAudience');

export const stageSessionSchema = z
  .object({
    id: z.uuid().openapi({ description: 'What an enrolment names as its sessionId' }),
    key: z.string().openapi({ example: 'semaine-28' }),
    days: z.array(z.iso.date()).openapi({ description: 'The actual days, public holidays left out' }),
    weeks: z.array(z.string()).openapi({ description: 'ISO weeks the days fall in', example: ['2027-W28'] }),
    hours: z
      .object({ from: z.string(), to: z.string() })
      .openapi({ description: 'Daily hours, Brussels time' }),
    ages: z
      .object({ min: z.number().int(), max: z.number().int() })
      .openapi({ description: 'Age in years on the first day, both included' }),
    capacity: z.number().int(),
    seatsLeft: z.number().int().openapi({ description: 'Read live (at most 2 s old)' }),
    prices: z.object({
      residentCents: z.number().int(),
      nonResidentCents: z.number().int(),
      socialCents: z.number().int().nullable(),
      siblingReduction: z
        .object({ cents: z.number().int(), per: z.enum(['session', 'week']) })
        .nullable()
        .openapi({ description: 'From a household’s second child in the session' }),
    }),
    enrolment: z.object({
      opensAt: z.iso.datetime({ offset: true }),
      windows: z.array(z.object({ from: z.iso.datetime({ offset: true }), for: audienceSchema })),
      status: z.enum(['upcoming', 'open', 'closed']),
      currentWindow: z
        .object({ from: z.iso.datetime({ offset: true }), for: audienceSchema })
        .nullable()
        .openapi({ description: 'Who may enrol now; null unless open' }),
      allocation: z.object({
        mode: z.enum(['first-come', 'draw']),
        drawMinutes: z.number().int().nullable(),
      }),
    }),
    cancellation: z.object({
      freeUntilDaysBefore: z.number().int(),
      feeCents: z.number().int(),
      medicalException: z.boolean(),
    }),
  })
  .openapi('StageSession');

export const stageSchema = z
  .object({
    key: z.string().openapi({ example: 'multisports' }),
    category: stageCategorySchema,
    title: localizedTextSchema,
    description: localizedTextSchema,
    place: placeSchema,
    questionsForm: z
      .object({
        key: z.string().openapi({ example: 'stage-questions-swimming' }),
        version: z.number().int().min(1),
      })
      .nullable()
      .openapi({
        description:
          'The questions asked for each child at enrolment: a form of the commune (its definition at GET /v1/tenants/{tenant}/forms/{key}), answered per child in the enrolment’s answers; null when none',
      }),
    sessions: z.array(stageSessionSchema),
  })
  .openapi('Stage');

export const catalogueSchema = z
  .object({
    stages: z.array(stageSchema),
    generatedAt: z.iso
      .datetime({ offset: true })
      .openapi({ description: 'The instant seat counts and statuses were read' }),
  })
  .openapi('StageCatalogue');

export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;
export type PublicStage = z.infer<typeof stageSchema>;
export type PublicStageSession = z.infer<typeof stageSessionSchema>;
export type StageCatalogueBody = z.infer<typeof catalogueSchema>;
