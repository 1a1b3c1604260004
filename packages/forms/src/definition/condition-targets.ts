import type { FieldCondition } from '../conditions/schema.ts';
import type { Field } from '../fields/field-schema.ts';

/** What a condition can point at: a field, or a computed value (a number of cents). */
export type Target = { kind: 'field'; field: Field } | { kind: 'computed' };

const STRING_TYPES = new Set<Field['type']>([
  'short-text',
  'long-text',
  'email',
  'phone',
  'date',
  'time',
  'niss',
  'iban',
  'structured-communication',
  'company-number',
]);

const describe = (target: Target): string =>
  target.kind === 'computed' ? 'a computed value' : `a ${target.field.type} field`;

const literalProblem = (literal: unknown, target: Target, key: string): string | undefined => {
  if (target.kind === 'computed')
    return typeof literal === 'number' ? undefined : `${key} is a computed value: compare it with a number`;
  const { field } = target;
  if (field.type === 'single-choice' || field.type === 'multiple-choice') {
    if (field.options.some((option) => option.value === literal)) return undefined;
    return `${JSON.stringify(literal)} is not an option of ${key} (${field.options.map((option) => option.value).join(', ')})`;
  }
  if (field.type === 'yes-no')
    return typeof literal === 'boolean'
      ? undefined
      : `${key} is a yes-no field: compare it with true or false`;
  if (field.type === 'number')
    return typeof literal === 'number' ? undefined : `${key} is a number field: compare it with a number`;
  if (STRING_TYPES.has(field.type))
    return typeof literal === 'string' ? undefined : `${key} is ${describe(target)}: compare it with a text`;
  return `${key} is ${describe(target)}, which cannot be compared; use filled`;
};

/** Why a condition cannot apply to what it names, or undefined when it can. */
export const conditionTargetProblem = (leaf: FieldCondition, target: Target): string | undefined => {
  switch (leaf.op) {
    case 'equals':
    case 'notEquals':
      return literalProblem(leaf.value, target, leaf.field);
    case 'in':
      for (const literal of leaf.values) {
        const problem = literalProblem(literal, target, leaf.field);
        if (problem !== undefined) return problem;
      }
      return undefined;
    case 'greaterThan':
    case 'lessThan':
      return target.kind === 'computed' || target.field.type === 'number'
        ? undefined
        : `${leaf.op} needs a number field or a computed value, and ${leaf.field} is ${describe(target)}`;
    case 'before':
    case 'after':
      return target.kind === 'field' && target.field.type === 'date'
        ? undefined
        : `${leaf.op} needs a date field, and ${leaf.field} is ${describe(target)}`;
    case 'filled':
      return undefined;
  }
};
