import * as z from 'zod';
import { formTextSchema } from '../i18n/localized-text.ts';
import { fieldBase } from './base.ts';
import { multipleChoiceFieldSchema, singleChoiceFieldSchema, yesNoFieldSchema } from './choice.ts';
import { consentFieldSchema } from './consent.ts';
import { addressFieldSchema, emailFieldSchema, phoneFieldSchema } from './contact.ts';
import { dateFieldSchema, dateRangeFieldSchema, timeFieldSchema } from './date.ts';
import { fileFieldSchema } from './file.ts';
import {
  companyNumberFieldSchema,
  ibanFieldSchema,
  nissFieldSchema,
  structuredCommunicationFieldSchema,
} from './identity.ts';
import { numberFieldSchema } from './number.ts';
import { longTextFieldSchema, shortTextFieldSchema } from './text.ts';

const SIMPLE_FIELDS = [
  shortTextFieldSchema,
  longTextFieldSchema,
  numberFieldSchema,
  dateFieldSchema,
  dateRangeFieldSchema,
  timeFieldSchema,
  singleChoiceFieldSchema,
  multipleChoiceFieldSchema,
  yesNoFieldSchema,
  emailFieldSchema,
  phoneFieldSchema,
  addressFieldSchema,
  nissFieldSchema,
  ibanFieldSchema,
  structuredCommunicationFieldSchema,
  companyNumberFieldSchema,
  fileFieldSchema,
  consentFieldSchema,
] as const;

export const FIELD_TYPES = [...SIMPLE_FIELDS.map((schema) => schema.shape.type.value), 'group'] as const;

const typeError = (issue: { code: string }) =>
  issue.code === 'invalid_union'
    ? `type must be one of ${FIELD_TYPES.join(', ')}`
    : 'must be a field (an object with type)';

/** A field that holds one answer (everything but a repeated group). */
export const simpleFieldSchema = z.discriminatedUnion('type', [...SIMPLE_FIELDS], { error: typeError });

export type SimpleField = z.infer<typeof simpleFieldSchema>;

/** A set of fields answered min..max times (several people, several dates); groups do not nest. */
export const groupFieldSchema = z
  .strictObject({
    ...fieldBase,
    type: z.literal('group'),
    fields: z.array(simpleFieldSchema).min(1, { error: 'must list at least one field' }),
    min: z.int({ error: 'must be a whole number' }).min(0, { error: 'must not be negative' }).default(0),
    max: z.int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).max(100, {
      error: 'must be at most 100',
    }),
    /** How one item is called ("Person", "Date") in the widget. */
    itemLabel: formTextSchema.optional(),
  })
  .refine((group) => group.min <= group.max, { error: 'min must not exceed max', path: ['min'] });

export type GroupField = z.infer<typeof groupFieldSchema>;

export const fieldSchema = z.discriminatedUnion('type', [...SIMPLE_FIELDS, groupFieldSchema], {
  error: typeError,
});

export type Field = z.infer<typeof fieldSchema>;

export type FieldType = Field['type'];
