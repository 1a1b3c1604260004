import { z } from '@hono/zod-openapi';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).default('');
const phone = z.string().trim().min(3).max(40).openapi({ example: '+32 4 123 45 67' });

const treatmentSchema = z
  .strictObject({
    medication: text(200),
    dose: text(100),
    when: text(200).openapi({ description: 'When it is taken, e.g. “at noon with the meal”' }),
  })
  .openapi('HealthTreatment');

const collectorSchema = z
  .strictObject({
    name: text(200),
    phone,
    relation: text(100).openapi({ example: 'Grandmother' }),
  })
  .openapi('HealthCollector');

/** What a parent writes; the whole object is what is sealed and stored. */
export const healthSheetInputSchema = z
  .strictObject({
    allergies: optionalText(2000),
    dietaryNeeds: optionalText(2000),
    treatments: z.array(treatmentSchema).max(20).default([]),
    doctor: z
      .strictObject({ name: text(200), phone })
      .nullable()
      .default(null)
      .openapi('HealthDoctor'),
    collectors: z
      .array(collectorSchema)
      .min(1, 'Name at least one person who may collect the child')
      .max(10)
      .openapi({ description: 'People allowed to collect the child (at least one)' }),
    photoConsent: z.boolean().openapi({ description: 'Whether the child may appear in photos' }),
    remarks: optionalText(2000),
  })
  .openapi('HealthSheetInput');

export const healthSheetSchema = healthSheetInputSchema
  .extend({ updatedAt: z.iso.datetime() })
  .openapi('HealthSheet');

/** What animators need, per confirmed child of a session: no doctor, no remarks. */
export const sessionHealthEntrySchema = z
  .object({
    enrolmentId: z.uuid(),
    childId: z.uuid(),
    firstName: z.string(),
    lastName: z.string(),
    sheet: healthSheetInputSchema
      .pick({ allergies: true, dietaryNeeds: true, treatments: true, collectors: true, photoConsent: true })
      .nullable()
      .openapi({ description: 'null: the parents have not filled in a health sheet' }),
  })
  .openapi('SessionHealthEntry');

export const sessionHealthSchema = z
  .object({ sessionId: z.uuid(), children: z.array(sessionHealthEntrySchema) })
  .openapi('SessionHealth');

export type HealthSheetContent = z.infer<typeof healthSheetInputSchema>;
export type SessionHealthEntry = z.infer<typeof sessionHealthEntrySchema>;
