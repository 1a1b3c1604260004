import * as z from 'zod';
import { conditionSchema } from '../conditions/schema.ts';
import { fieldKeySchema } from '../definition/key.ts';
import { formTextSchema } from '../i18n/localized-text.ts';

/** What every field has; `requiredIf` makes it required when true, even if `required` is false. */
export const fieldBase = {
  key: fieldKeySchema,
  label: formTextSchema,
  help: formTextSchema.optional(),
  required: z.boolean({ error: 'must be true or false' }).default(false),
  requiredIf: conditionSchema.optional(),
  showIf: conditionSchema.optional(),
};

export const lengthLimit = (ceiling: number) =>
  z
    .int({ error: 'must be a whole number' })
    .min(0, { error: 'must not be negative' })
    .max(ceiling, {
      error: `must be at most ${ceiling}`,
    });
