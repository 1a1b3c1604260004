import * as z from 'zod';
import { conditionSchema } from '../conditions/schema.ts';
import { fieldKeySchema, optionValueSchema } from '../definition/key.ts';
import { formTextSchema } from '../i18n/localized-text.ts';

/** Amounts are integer cents, never floats, as everywhere money is handled. */
const centsSchema = z.int({ error: 'must be a whole number of cents' });

const constant = z.strictObject({ op: z.literal('constant'), value: centsSchema });
/** An integer number field, or another computed value. */
const field = z.strictObject({ op: z.literal('field'), field: fieldKeySchema });
/** The amount of the chosen option (the sum of the chosen ones for a multiple choice); 0 if none. */
const lookup = z.strictObject({
  op: z.literal('lookup'),
  field: fieldKeySchema,
  values: z.record(optionValueSchema, centsSchema),
});
/** How many items a repeated group has. */
const count = z.strictObject({ op: z.literal('count'), field: fieldKeySchema });
const sum = z.strictObject({
  op: z.literal('sum'),
  get terms(): z.ZodArray<typeof expressionSchema> {
    return z.array(expressionSchema).min(1, { error: 'must list at least one term' });
  },
});
const product = z.strictObject({
  op: z.literal('product'),
  get factors(): z.ZodArray<typeof expressionSchema> {
    return z.array(expressionSchema).min(1, { error: 'must list at least one factor' });
  },
});
/** `value` when the condition holds, else `otherwise` (0 if absent). Not `then`: that makes objects thenable. */
const when = z.strictObject({
  op: z.literal('when'),
  condition: conditionSchema,
  get value(): typeof expressionSchema {
    return expressionSchema;
  },
  get otherwise(): z.ZodOptional<typeof expressionSchema> {
    return expressionSchema.optional();
  },
});

const OPS = ['constant', 'field', 'lookup', 'count', 'sum', 'product', 'when'] as const;

export const expressionSchema: z.ZodDiscriminatedUnion<
  [typeof constant, typeof field, typeof lookup, typeof count, typeof sum, typeof product, typeof when]
> = z.discriminatedUnion('op', [constant, field, lookup, count, sum, product, when], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? `op must be one of ${OPS.join(', ')}`
      : 'must be an expression (an object with op)',
});

export type Expression = z.infer<typeof expressionSchema>;

/** A value the engine computes from the answers (a price in cents), shown on the review page. */
export const computedValueSchema = z.strictObject({
  key: fieldKeySchema,
  label: formTextSchema,
  expression: expressionSchema,
});

export type ComputedValue = z.infer<typeof computedValueSchema>;
