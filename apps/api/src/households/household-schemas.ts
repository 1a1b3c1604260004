import { z } from '@hono/zod-openapi';
import { healthSheetSchema } from '../health-sheets/health-sheet-schemas.ts';
import { myEnrolmentSchema } from '../stages/enrolment-schemas.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

export const householdInputSchema = z
  .strictObject({
    street: text(200),
    number: text(20).openapi({ example: '12' }),
    box: z.string().trim().max(20).nullish(),
    postalCode: text(16).openapi({ example: '4000', description: 'Checked as Belgian when country is BE' }),
    city: text(100),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'An ISO 3166-1 alpha-2 country code')
      .default('BE')
      .openapi({ example: 'BE' }),
    phone: z.string().max(40).nullish().openapi({ example: '+32 4 123 45 67' }),
  })
  .openapi('HouseholdInput');

export const childInputSchema = z
  .strictObject({
    firstName: text(100),
    lastName: text(100),
    birthDate: z.iso.date().openapi({ example: '2018-05-14' }),
    niss: z.string().max(20).nullish().openapi({ description: 'National register or BIS number' }),
  })
  .openapi('ChildInput');

export const childPatchSchema = z
  .strictObject({
    firstName: text(100).optional(),
    lastName: text(100).optional(),
    birthDate: z.iso.date().optional(),
    niss: z.string().max(20).nullish(),
  })
  .openapi('ChildPatch');

export const childSchema = z
  .object({
    id: z.uuid(),
    firstName: z.string(),
    lastName: z.string(),
    birthDate: z.iso.date(),
    niss: z.string().nullable().openapi({ description: '11 digits, without separators' }),
  })
  .openapi('Child');

export const householdSchema = z
  .object({
    id: z.uuid(),
    street: z.string(),
    number: z.string(),
    box: z.string().nullable(),
    postalCode: z.string(),
    city: z.string(),
    country: z.string(),
    phone: z.string().nullable().openapi({ description: 'E.164' }),
    residency: z.enum(['declared_resident', 'declared_non_resident']).openapi({
      description: 'Declared from the postal code against the commune’s; staff confirm it',
    }),
    residencyStatus: z.enum(['declared', 'confirmed', 'corrected']),
    children: z.array(childSchema),
  })
  .openapi('Household');

export const personalDataExportSchema = z
  .object({
    exportedAt: z.iso.datetime(),
    commune: z.string(),
    identity: z.object({ email: z.string(), name: z.string(), language: z.string().nullable() }),
    household: householdSchema.nullable(),
    stageEnrolments: z.array(myEnrolmentSchema),
    healthSheets: z.array(z.object({ childId: z.uuid(), sheet: healthSheetSchema })),
  })
  .openapi('PersonalDataExport');

export const childParamsSchema = z.object({
  tenant: z
    .string()
    .max(64)
    .openapi({ param: { name: 'tenant', in: 'path' }, example: 'liege' }),
  childId: z.uuid().openapi({ param: { name: 'childId', in: 'path' } }),
});

export type HouseholdView = z.infer<typeof householdSchema>;
export type ChildView = z.infer<typeof childSchema>;
