import * as z from 'zod';
import { fieldBase } from './base.ts';
import { accept, type FieldOutcome, invalidType, reject } from './outcome.ts';

const finite = z
  .number({ error: 'must be a number' })
  .refine(Number.isFinite, { error: 'must be a finite number' });

export const numberFieldSchema = z
  .strictObject({
    ...fieldBase,
    type: z.literal('number'),
    min: finite.optional(),
    max: finite.optional(),
    integer: z.boolean({ error: 'must be true or false' }).default(false),
    /** Allowed values are min + k × step (or k × step without min). */
    step: finite.positive({ error: 'must be positive' }).optional(),
  })
  .refine((field) => field.min === undefined || field.max === undefined || field.min <= field.max, {
    error: 'min must not exceed max',
    path: ['min'],
  });

type NumberField = z.infer<typeof numberFieldSchema>;

/** Tolerance for binary fractions (0.1 + 0.2): the same in every JavaScript engine. */
const onStep = (value: number, base: number, step: number): boolean => {
  const steps = (value - base) / step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
};

export const validateNumber = (field: NumberField, value: unknown): FieldOutcome => {
  if (typeof value !== 'number' || !Number.isFinite(value)) return invalidType('a number');
  if (field.integer && !Number.isSafeInteger(value)) return reject('not_integer', 'must be a whole number');
  if (field.min !== undefined && value < field.min)
    return reject('too_small', `must be at least ${field.min}`);
  if (field.max !== undefined && value > field.max)
    return reject('too_large', `must be at most ${field.max}`);
  if (field.step !== undefined && !onStep(value, field.min ?? 0, field.step)) {
    return reject('step_mismatch', `must be a multiple of ${field.step}`);
  }
  // JSON has no -0: the server would read 0 where the browser had -0.
  return accept(value === 0 ? 0 : value);
};
