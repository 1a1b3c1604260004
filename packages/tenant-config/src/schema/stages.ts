import * as z from 'zod';
import { addressSchema } from './contact.ts';
import { localizedTextSchema } from './localized-text.ts';
import { stageKeySchema, stageSessionSchema } from './stage-session.ts';

export const STAGE_CATEGORIES = [
  'sports',
  'swimming',
  'arts',
  'music',
  'nature',
  'science',
  'languages',
  'cooking',
  'multi',
] as const;

export type StageCategory = (typeof STAGE_CATEGORIES)[number];

/** Where stages take place; stages name one by its key. The name is a proper noun, not translated. */
const placeSchema = z.strictObject({
  key: stageKeySchema,
  name: z
    .string({ error: 'must be the name of the place' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(120, { error: 'must be at most 120 characters' }),
  address: addressSchema,
});

/** A form of tenants/<slug>/forms/: its file name without `.yaml`. */
const FORM_KEY = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

const stageSchema = z.strictObject({
  key: stageKeySchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
  category: z.enum(STAGE_CATEGORIES, { error: () => `must be one of ${STAGE_CATEGORIES.join(', ')}` }),
  place: stageKeySchema,
  /** The key of the commune's form whose questions are asked for each child at enrolment. */
  questions: z
    .string({ error: 'must be the key of a form in forms/' })
    .regex(FORM_KEY, { error: 'must be the key of a form in forms/ (its file name without .yaml)' })
    .optional(),
  sessions: z.array(stageSessionSchema, { error: 'must be a list of sessions' }).min(1, {
    error: 'must list at least one session',
  }),
});

const duplicateKeys = (
  items: readonly { key: string }[],
  ctx: z.RefinementCtx,
  path: (string | number)[],
) => {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.key))
      ctx.addIssue({
        code: 'custom',
        path: [...path, index, 'key'],
        message: `key "${item.key}" is used twice`,
      });
    seen.add(item.key);
  });
};

/** tenants/<slug>/stages.yaml: the commune's places and holiday stages with their sessions. */
export const stagesConfigSchema = z
  .strictObject(
    {
      /** Free-form blocks that sessions reuse through YAML anchors and aliases; not read otherwise. */
      shared: z.record(z.string(), z.unknown(), { error: 'must be a map of named blocks' }).optional(),
      places: z.array(placeSchema, { error: 'must be a list of places' }),
      stages: z.array(stageSchema, { error: 'must be a list of stages' }),
    },
    {
      error: (issue) =>
        issue.code === 'invalid_type' ? 'must be a map with places: and stages:' : undefined,
    },
  )
  .superRefine((config, ctx) => {
    duplicateKeys(config.places, ctx, ['places']);
    duplicateKeys(config.stages, ctx, ['stages']);
    const places = new Set(config.places.map((place) => place.key));
    config.stages.forEach((stage, index) => {
      duplicateKeys(stage.sessions, ctx, ['stages', index, 'sessions']);
      if (!places.has(stage.place))
        ctx.addIssue({
          code: 'custom',
          path: ['stages', index, 'place'],
          message: `no place with key "${stage.place}" under places:`,
        });
    });
  })
  .transform(({ places, stages }) => ({ places, stages }));

export type StagesConfig = z.output<typeof stagesConfigSchema>;
export type StagesConfigInput = z.input<typeof stagesConfigSchema>;
export type Stage = StagesConfig['stages'][number];
export type StagePlace = StagesConfig['places'][number];
