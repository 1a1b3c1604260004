import * as z from 'zod';
import { daysBetween, isIsoDate, isTime } from '../dates/calendar.ts';
import { type DateBound, dateBoundSchema, isRelativeBound, resolveDateBound } from '../dates/date-bound.ts';
import { fieldBase } from './base.ts';
import {
  accept,
  type FieldContext,
  type FieldIssue,
  type FieldOutcome,
  invalidType,
  reject,
} from './outcome.ts';

/** Two fixed bounds can be compared when the definition is read; relative ones only when filling. */
const fixedBoundsInOrder = (field: { min?: DateBound | undefined; max?: DateBound | undefined }) =>
  field.min === undefined ||
  field.max === undefined ||
  isRelativeBound(field.min) ||
  isRelativeBound(field.max) ||
  field.min <= field.max;

const boundsOrder = { error: 'min must not be after max', path: ['min'] };

export const dateFieldSchema = z
  .strictObject({
    ...fieldBase,
    type: z.literal('date'),
    min: dateBoundSchema.optional(),
    max: dateBoundSchema.optional(),
  })
  .refine(fixedBoundsInOrder, boundsOrder);

export const dateRangeFieldSchema = z
  .strictObject({
    ...fieldBase,
    type: z.literal('date-range'),
    min: dateBoundSchema.optional(),
    max: dateBoundSchema.optional(),
    /** Longest range, counting both ends (a one-day range is 1). */
    maxDays: z.int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).optional(),
  })
  .refine(fixedBoundsInOrder, boundsOrder);

const timeSchema = z.string().refine(isTime, { error: 'must be a time like 08:30' });

export const timeFieldSchema = z
  .strictObject({
    ...fieldBase,
    type: z.literal('time'),
    min: timeSchema.optional(),
    max: timeSchema.optional(),
  })
  .refine((field) => field.min === undefined || field.max === undefined || field.min <= field.max, {
    error: 'min must not be after max',
    path: ['min'],
  });

type Bounded = { min?: DateBound | undefined; max?: DateBound | undefined };

const dayIssues = (
  bounds: Bounded,
  day: unknown,
  context: FieldContext,
  path: (string | number)[],
): FieldIssue[] => {
  if (!isIsoDate(day)) return [{ path, code: 'invalid_date', message: 'must be a date like 2026-07-01' }];
  const min = bounds.min === undefined ? undefined : resolveDateBound(bounds.min, context.today);
  const max = bounds.max === undefined ? undefined : resolveDateBound(bounds.max, context.today);
  if (min !== undefined && day < min)
    return [{ path, code: 'date_too_early', message: `must be on or after ${min}` }];
  if (max !== undefined && day > max)
    return [{ path, code: 'date_too_late', message: `must be on or before ${max}` }];
  return [];
};

export const validateDate = (
  field: z.infer<typeof dateFieldSchema>,
  value: unknown,
  context: FieldContext,
): FieldOutcome => {
  if (typeof value !== 'string') return invalidType('a date like 2026-07-01');
  const issues = dayIssues(field, value, context, []);
  return issues.length === 0 ? accept(value) : { ok: false, issues };
};

export const validateDateRange = (
  field: z.infer<typeof dateRangeFieldSchema>,
  value: unknown,
  context: FieldContext,
): FieldOutcome => {
  const parsed = z.strictObject({ start: z.string(), end: z.string() }).safeParse(value);
  if (!parsed.success) return invalidType('a date range { start, end }');
  const { start, end } = parsed.data;
  const issues = [...dayIssues(field, start, context, ['start']), ...dayIssues(field, end, context, ['end'])];
  if (issues.length > 0) return { ok: false, issues };
  const days = daysBetween(start, end);
  if (days === undefined || days < 0) return reject('range_order', 'must not end before it starts', ['end']);
  if (field.maxDays !== undefined && days + 1 > field.maxDays) {
    return reject('range_too_long', `must last at most ${field.maxDays} days`, ['end']);
  }
  return accept({ start, end });
};

export const validateTime = (field: z.infer<typeof timeFieldSchema>, value: unknown): FieldOutcome => {
  if (typeof value !== 'string') return invalidType('a time like 08:30');
  if (!isTime(value)) return reject('invalid_time', 'must be a time like 08:30');
  if (field.min !== undefined && value < field.min)
    return reject('time_too_early', `must be at or after ${field.min}`);
  if (field.max !== undefined && value > field.max)
    return reject('time_too_late', `must be at or before ${field.max}`);
  return accept(value);
};
