import { STAGE_CATEGORIES } from '@communa/tenant-config';
import { z } from '@hono/zod-openapi';
import { fieldErrorSchema } from '../problems/problem.ts';
import { placeSchema } from '../stages/stage-schemas.ts';
import { languageSchema, localizedTextSchema } from '../tenants/public-tenant-schema.ts';

export const stageParamsSchema = z.object({
  tenant: z
    .string()
    .max(64)
    .openapi({ param: { name: 'tenant', in: 'path' }, example: 'herstal' }),
  stageKey: z
    .string()
    .max(64)
    .openapi({ param: { name: 'stageKey', in: 'path' }, example: 'mini-foot' }),
});

const definitionSchema = z.record(z.string(), z.unknown()).openapi({
  description:
    'A stage as in tenants/<slug>/stages.yaml without its `key`, its `place` written out in full ({ key, name, address }: a new key adds a place, a known one changes it for every stage held there). Each session’s `days` is { from, to, weekdays, except } (public holidays left out) or { dates }; its enrolment { windows, allocation } or { opensAt, allocation }.',
});

const warningsSchema = z.array(fieldErrorSchema).openapi({
  description: 'Texts missing in an offered language (`missing_translation`): parents get the default one',
});

/** What the editor offers to choose from, and in which languages texts are written. */
const editorChoices = {
  places: z.array(placeSchema).openapi({ description: 'The places the commune’s stages use' }),
  questionForms: z
    .array(z.object({ key: z.string(), title: localizedTextSchema }))
    .openapi({ description: 'Active forms whose questions a stage may ask for each child' }),
  categories: z.array(z.enum(STAGE_CATEGORIES)),
  languages: z.object({ offered: z.array(languageSchema), default: languageSchema }),
};

export const stageEditorListSchema = z
  .object({
    stages: z.array(
      z.object({
        key: z.string(),
        title: localizedTextSchema,
        category: z.enum(STAGE_CATEGORIES),
        place: z.string().openapi({ description: 'The key of its place' }),
        sessions: z.int().openapi({ description: 'Active sessions' }),
      }),
    ),
    ...editorChoices,
  })
  .openapi('StageEditorList');

export const editableStageSchema = z
  .object({
    key: z.string(),
    definition: definitionSchema,
    sessions: z
      .array(
        z.object({
          key: z.string(),
          seatsTaken: z.int(),
          enrolments: z
            .int()
            .openapi({ description: 'Enrolments not cancelled (confirmed, offered, waitlisted)' }),
        }),
      )
      .openapi({
        description:
          'What each session holds now: one with enrolments cannot be removed, nor its capacity put below its seats taken',
      }),
    ...editorChoices,
    warnings: warningsSchema,
  })
  .openapi('EditableStage');

export const stageContentInputSchema = z
  .strictObject({ definition: definitionSchema })
  .openapi('StageContentRequest');

export const newStageInputSchema = stageContentInputSchema
  .extend({
    key: z.string().max(64).openapi({
      description: 'The stage’s key: lower-case letters, digits and dashes, starting with a letter (2 to 41)',
      example: 'robotique',
    }),
  })
  .openapi('NewStageRequest');

export const savedStageSchema = z
  .object({
    key: z.string(),
    changed: z.boolean().openapi({ description: 'Whether anything was written' }),
    warnings: warningsSchema,
  })
  .openapi('SavedStage');

export type StageDefinitionInput = z.output<typeof definitionSchema>;
