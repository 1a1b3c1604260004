import * as z from 'zod';
import { computedValueSchema } from '../computed/schema.ts';
import { conditionSchema } from '../conditions/schema.ts';
import { fieldSchema } from '../fields/field-schema.ts';
import { formTextSchema } from '../i18n/localized-text.ts';
import { checkDefinition } from './check-definition.ts';
import { formKeySchema } from './key.ts';

export const sectionSchema = z.strictObject({
  title: formTextSchema.optional(),
  description: formTextSchema.optional(),
  showIf: conditionSchema.optional(),
  fields: z.array(fieldSchema).min(1, { error: 'must list at least one field' }),
});

export const pageSchema = z.strictObject({
  title: formTextSchema,
  description: formTextSchema.optional(),
  showIf: conditionSchema.optional(),
  sections: z.array(sectionSchema).min(1, { error: 'must list at least one section' }),
});

const formShape = z.strictObject({
  key: formKeySchema,
  /** A change makes a new version; drafts and submissions keep the version they were filled with. */
  version: z.int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }),
  title: formTextSchema,
  description: formTextSchema.optional(),
  pages: z.array(pageSchema).min(1, { error: 'must list at least one page' }),
  computed: z.array(computedValueSchema).default([]),
});

/** A form definition: data (YAML in tenants/<slug>/forms/, JSON over the API), checked here. */
export const formDefinitionSchema = formShape.superRefine(checkDefinition);

export type FormDefinition = z.output<typeof formDefinitionSchema>;

export type FormDefinitionInput = z.input<typeof formDefinitionSchema>;

export type Page = z.infer<typeof pageSchema>;

export type Section = z.infer<typeof sectionSchema>;
