import { FORM_ACCESS } from '@communa/tenant-config';
import { z } from '@hono/zod-openapi';
import { fieldErrorSchema } from '../problems/problem.ts';

import { languageSchema } from '../tenants/public-tenant-schema.ts';

const accessSchema = z.enum(FORM_ACCESS).openapi({
  description: 'signed-in: a citizen’s session is needed; anonymous: sent without an account; either: both',
});

const definitionSchema = z.record(z.string(), z.unknown()).openapi({
  description:
    'The FormDefinition of packages/forms without `key` and `version`, as in tenants/<slug>/forms/<key>.yaml',
});

const warningsSchema = z.array(fieldErrorSchema).openapi({
  description: 'Texts missing in an offered language (`missing_translation`): citizens get the default one',
});

export const editableFormSchema = z
  .object({
    key: z.string(),
    version: z.int(),
    access: accessSchema,
    definition: definitionSchema,
    languages: z.object({ offered: z.array(languageSchema), default: languageSchema }),
    warnings: warningsSchema,
  })
  .openapi('EditableForm');

export const formContentInputSchema = z
  .strictObject({ access: accessSchema, definition: definitionSchema })
  .openapi('FormContentRequest');

export const newFormInputSchema = formContentInputSchema
  .extend({
    key: z
      .string()
      .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/)
      .openapi({ description: 'The form’s key (its file name): lower-case letters, digits and -' }),
  })
  .openapi('NewFormRequest');

export const savedFormSchema = z
  .object({
    key: z.string(),
    version: z.int(),
    changed: z.boolean().openapi({ description: 'Whether a new version was written' }),
    warnings: warningsSchema,
  })
  .openapi('SavedForm');

export type FormContentInput = z.output<typeof formContentInputSchema>;
