import * as z from 'zod';
import { dateBoundSchema } from '../dates/date-bound.ts';
import { fieldKeySchema } from '../definition/key.ts';

const literalSchema = z.union([z.string().max(500), z.number().refine(Number.isFinite), z.boolean()], {
  error: 'must be a text, a number or true/false',
});

const field = fieldKeySchema;

const equals = z.strictObject({ op: z.literal('equals'), field, value: literalSchema });
const notEquals = z.strictObject({ op: z.literal('notEquals'), field, value: literalSchema });
const inValues = z.strictObject({
  op: z.literal('in'),
  field,
  values: z.array(literalSchema).min(1, { error: 'must list at least one value' }),
});
const greaterThan = z.strictObject({
  op: z.literal('greaterThan'),
  field,
  value: z.number().refine(Number.isFinite),
});
const lessThan = z.strictObject({
  op: z.literal('lessThan'),
  field,
  value: z.number().refine(Number.isFinite),
});
const before = z.strictObject({ op: z.literal('before'), field, date: dateBoundSchema });
const after = z.strictObject({ op: z.literal('after'), field, date: dateBoundSchema });
const filled = z.strictObject({ op: z.literal('filled'), field });

const and = z.strictObject({
  op: z.literal('and'),
  get conditions(): z.ZodArray<typeof conditionSchema> {
    return z.array(conditionSchema).min(1, { error: 'must list at least one condition' });
  },
});
const or = z.strictObject({
  op: z.literal('or'),
  get conditions(): z.ZodArray<typeof conditionSchema> {
    return z.array(conditionSchema).min(1, { error: 'must list at least one condition' });
  },
});
const not = z.strictObject({
  op: z.literal('not'),
  get condition(): typeof conditionSchema {
    return conditionSchema;
  },
});

const OPS = [
  'equals',
  'notEquals',
  'in',
  'greaterThan',
  'lessThan',
  'before',
  'after',
  'filled',
  'and',
  'or',
  'not',
] as const;

/** When a field, section or page is shown (or a field required): a tree over other answers. */
export const conditionSchema: z.ZodDiscriminatedUnion<
  [
    typeof equals,
    typeof notEquals,
    typeof inValues,
    typeof greaterThan,
    typeof lessThan,
    typeof before,
    typeof after,
    typeof filled,
    typeof and,
    typeof or,
    typeof not,
  ]
> = z.discriminatedUnion(
  'op',
  [equals, notEquals, inValues, greaterThan, lessThan, before, after, filled, and, or, not],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `op must be one of ${OPS.join(', ')}`
        : 'must be a condition (an object with op)',
  },
);

export type Condition = z.infer<typeof conditionSchema>;

export type ConditionLiteral = z.infer<typeof literalSchema>;

/** The leaves of a condition: each names one answer. */
export type FieldCondition = Exclude<Condition, { op: 'and' | 'or' | 'not' }>;
