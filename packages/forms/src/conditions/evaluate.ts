import { isIsoDate } from '../dates/calendar.ts';
import { resolveDateBound } from '../dates/date-bound.ts';
import { isEmpty } from '../fields/empty.ts';
import type { Condition, ConditionLiteral } from './schema.ts';

/** The value of an answer as a condition sees it: normalised when valid and shown, else undefined. */
export type ValueLookup = (key: string) => unknown;

/** A multiple choice equals a value when that value is among those chosen. */
const matches = (value: unknown, literal: ConditionLiteral): boolean =>
  Array.isArray(value) ? value.includes(literal) : value === literal;

const compareDate = (value: unknown, bound: string, today: string, sign: 1 | -1): boolean => {
  const day = resolveDateBound(bound, today);
  if (!isIsoDate(value) || day === undefined) return false;
  return sign === 1 ? value > day : value < day;
};

export const evaluateCondition = (condition: Condition, lookup: ValueLookup, today: string): boolean => {
  switch (condition.op) {
    case 'equals':
      return matches(lookup(condition.field), condition.value);
    case 'notEquals':
      return !matches(lookup(condition.field), condition.value);
    case 'in': {
      const value = lookup(condition.field);
      return condition.values.some((literal) => matches(value, literal));
    }
    case 'greaterThan': {
      const value = lookup(condition.field);
      return typeof value === 'number' && value > condition.value;
    }
    case 'lessThan': {
      const value = lookup(condition.field);
      return typeof value === 'number' && value < condition.value;
    }
    case 'before':
      return compareDate(lookup(condition.field), condition.date, today, -1);
    case 'after':
      return compareDate(lookup(condition.field), condition.date, today, 1);
    case 'filled':
      return !isEmpty(lookup(condition.field));
    case 'and':
      return condition.conditions.every((child) => evaluateCondition(child, lookup, today));
    case 'or':
      return condition.conditions.some((child) => evaluateCondition(child, lookup, today));
    case 'not':
      return !evaluateCondition(condition.condition, lookup, today);
  }
};
