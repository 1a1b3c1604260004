import { stageEnrolments } from '@communa/db';
import { isCalendarDay } from '@communa/tenant-config';
import { z } from '@hono/zod-openapi';
import { householdSchema } from '../households/household-schemas.ts';
import { catalogueQuerySchema, placeSchema } from '../stages/stage-schemas.ts';
import { languageSchema, localizedTextSchema } from '../tenants/public-tenant-schema.ts';

const tenantParam = z
  .string()
  .max(64)
  .openapi({ param: { name: 'tenant', in: 'path' }, example: 'liege' });

export const sessionParamsSchema = z.object({
  tenant: tenantParam,
  sessionId: z.uuid().openapi({ param: { name: 'sessionId', in: 'path' } }),
});

export const attendanceParamsSchema = sessionParamsSchema.extend({
  day: z
    .string()
    .refine(isCalendarDay, { error: 'Must be a real date written YYYY-MM-DD' })
    .openapi({ param: { name: 'day', in: 'path' }, example: '2027-07-12' }),
});

export const enrolmentParamsSchema = sessionParamsSchema.extend({
  enrolmentId: z.uuid().openapi({ param: { name: 'enrolmentId', in: 'path' } }),
});

export const listQuerySchema = z.strictObject({
  lang: languageSchema
    .optional()
    .openapi({ description: 'The language of the list; else the staff member’s' }),
});

export const sessionsQuerySchema = z.strictObject({
  week: catalogueQuerySchema.shape.week,
  stage: z.string().max(64).optional().openapi({ description: 'A stage’s key', example: 'multisports' }),
  place: catalogueQuerySchema.shape.place,
});

const sessionFacts = {
  id: z.uuid(),
  key: z.string().openapi({ example: 'semaine-28' }),
  stage: z.object({ key: z.string(), title: localizedTextSchema }),
  place: placeSchema,
  days: z.array(z.iso.date()),
  hours: z.object({ from: z.string(), to: z.string() }),
  ages: z.object({ min: z.number().int(), max: z.number().int() }),
  capacity: z.number().int(),
  seatsTaken: z.number().int(),
  fillRate: z.number().openapi({ description: 'Seats taken over capacity, 0 to 1', example: 0.75 }),
  waitlistCount: z.number().int().openapi({ description: 'Children waiting now' }),
};

export const staffSessionSummarySchema = z.object(sessionFacts).openapi('StaffStageSessionSummary');

export const staffSessionsSchema = z
  .object({ sessions: z.array(staffSessionSummarySchema) })
  .openapi('StaffStageSessions');

const residencySchema = householdSchema.shape.residency;

const enrolmentStatusSchema = z.enum(stageEnrolments.status.enumValues).openapi('StaffEnrolmentStatus');

export const rosterEntrySchema = z
  .object({
    enrolmentId: z.uuid(),
    reference: z.string(),
    status: enrolmentStatusSchema,
    waitlistPosition: z.number().int().nullable(),
    child: z.object({
      id: z.uuid(),
      firstName: z.string(),
      lastName: z.string(),
      birthDate: z.iso.date(),
      age: z.number().int().openapi({ description: 'Years on the session’s first day' }),
    }),
    household: z.object({
      id: z.uuid(),
      address: z.string().openapi({ example: 'Rue Léopold 1, 4000 Liège' }),
      residency: residencySchema,
      residencyStatus: z.enum(['declared', 'confirmed', 'corrected']),
      guardians: z.array(z.object({ name: z.string(), email: z.string() })),
    }),
    residencyUnconfirmed: z.boolean().openapi({
      description: 'Enrolled in a residents’ window while staff had not confirmed the residency',
    }),
    enrolledAt: z.iso.datetime({ offset: true }),
    answers: z
      .array(z.object({ key: z.string(), label: localizedTextSchema, text: localizedTextSchema }))
      .openapi({
        description:
          'The child’s answers to the stage’s questions, labelled by the form version they were given to, in field order (none when no question was asked)',
      }),
  })
  .openapi('StaffRosterEntry');

export const staffSessionSchema = z
  .object({
    ...sessionFacts,
    enrolled: z.array(rosterEntrySchema),
    waitlist: z
      .array(rosterEntrySchema)
      .openapi({ description: 'Offered a freed seat first, then waiting in order' }),
    cancelled: z.array(rosterEntrySchema),
    animators: z.array(z.object({ userId: z.uuid(), name: z.string(), email: z.string() })),
  })
  .openapi('StaffStageSession');

export const attendanceStatusSchema = z.enum(['present', 'absent', 'excused']).openapi('AttendanceStatus');

export const attendanceSchema = z
  .object({
    day: z.iso.date(),
    marks: z.array(
      z.object({
        enrolmentId: z.uuid(),
        status: attendanceStatusSchema.nullable().openapi({ description: 'null: not taken yet' }),
        recordedAt: z.iso.datetime({ offset: true }).nullable(),
      }),
    ),
  })
  .openapi('StageAttendance');

export const attendanceInputSchema = z
  .strictObject({
    marks: z
      .array(z.strictObject({ enrolmentId: z.uuid(), status: attendanceStatusSchema }))
      .min(1)
      .max(500)
      .refine((marks) => new Set(marks.map((m) => m.enrolmentId)).size === marks.length, {
        error: 'Each enrolment appears once',
      }),
  })
  .openapi('StageAttendanceInput');

export const manualEnrolmentInputSchema = z
  .strictObject({ childId: z.uuid(), householdId: z.uuid() })
  .openapi('StaffEnrolmentInput');

export const moveEnrolmentInputSchema = z
  .strictObject({ toSessionId: z.uuid() })
  .openapi('StaffEnrolmentMove');

export const residencyFindingSchema = z
  .strictObject({
    residency: residencySchema.openapi({ description: 'What the commune found in the population register' }),
  })
  .openapi('StaffEnrolmentResidency');

export const staffEnrolmentSchema = z
  .object({
    enrolmentId: z.uuid(),
    sessionId: z.uuid(),
    reference: z.string(),
    status: enrolmentStatusSchema,
    priceCents: z.number().int(),
    residencyUnconfirmed: z.boolean(),
  })
  .openapi('StaffEnrolment');

export const animatorsInputSchema = z
  .strictObject({ userIds: z.array(z.uuid()).max(50) })
  .openapi('StageSessionAnimatorsInput');

export const animatorsSchema = staffSessionSchema.pick({ animators: true }).openapi('StageSessionAnimators');

export type StaffSessionView = z.infer<typeof staffSessionSchema>;
export type RosterEntry = z.infer<typeof rosterEntrySchema>;
export type SessionsQuery = z.infer<typeof sessionsQuerySchema>;
export type AttendanceInput = z.infer<typeof attendanceInputSchema>;

export const SESSION_MESSAGE_AUDIENCES = ['enrolled', 'enrolled-and-waitlisted'] as const;

export const sessionMessageInputSchema = z
  .strictObject({
    subject: z.string().trim().min(1).max(150).openapi({ example: 'Sortie à la piscine jeudi' }),
    text: z
      .string()
      .trim()
      .min(1)
      .max(5000)
      .openapi({ description: 'Plain text; a blank line starts a new paragraph' }),
    audience: z
      .enum(SESSION_MESSAGE_AUDIENCES)
      .default('enrolled')
      .openapi({
        description:
          'enrolled: the families of confirmed children (and of children offered a seat); ' +
          'enrolled-and-waitlisted: those of the waitlist too',
      }),
  })
  .openapi('StageSessionMessageInput');

export const sessionMessageAnswerSchema = z
  .object({ recipients: z.number().int().min(1).openapi({ description: 'Guardians written to' }) })
  .openapi('StageSessionMessageAnswer');
