import { evaluateExpression } from '../computed/evaluate.ts';
import { evaluateCondition, type ValueLookup } from '../conditions/evaluate.ts';
import type { Condition } from '../conditions/schema.ts';
import { type FieldEntry, formIndex } from '../definition/form-index.ts';
import type { FormDefinition } from '../definition/form-schema.ts';
import { isEmpty, isPlainObject, own } from '../fields/empty.ts';
import type { Field, GroupField } from '../fields/field-schema.ts';
import type { FieldContext, FieldIssue } from '../fields/outcome.ts';
import { validateValue } from '../fields/validate-value.ts';
import type { AnswerError } from './answer-error.ts';
import type { AnswerErrorCode } from './error-codes.ts';

/**
 * One field's outcome: shown or not, required or not, its stored value, and its errors; for a
 * group, the states of each item's fields (undefined for an item that is not an object), up to
 * the group's maximum.
 */
export type FieldState = {
  visible: boolean;
  required: boolean;
  value: unknown;
  errors: AnswerError[];
  items?: (ReadonlyMap<string, FieldState> | undefined)[];
};

type Scope = {
  state: (key: string) => FieldState;
  lookup: ValueLookup;
  /** Answer keys that belong to no field of this scope. */
  unknownKeys: () => string[];
};

const HIDDEN: FieldState = { visible: false, required: false, value: undefined, errors: [] };

const error = (path: string, code: AnswerErrorCode, message: string): AnswerError => ({
  path,
  code,
  message,
});

const joinPath = (base: string, segments: readonly (string | number)[]): string =>
  [base, ...segments.map(String)].filter((segment) => segment !== '').join('.');

const issuesAt = (path: string, issues: FieldIssue[]): AnswerError[] =>
  issues.map((issue) => error(joinPath(path, issue.path), issue.code, issue.message));

/**
 * Visibility, requiredness and values of one set of answers: the top level, or one item of a group
 * (whose conditions may also read the top level through `outer`). Each field is worked out once,
 * on demand, in whatever order conditions ask; the definition has no cycles, and a guard makes a
 * cyclic reference read as empty so that even an unchecked definition cannot loop.
 */
const createScope = (
  fields: ReadonlyMap<string, { field: Field; containers: readonly { condition: Condition }[] }>,
  answers: Record<string, unknown>,
  prefix: string,
  context: FieldContext,
  outer: ValueLookup,
): Scope => {
  const states = new Map<string, FieldState>();
  const pending = new Set<string>();
  const holds = (condition: Condition) => evaluateCondition(condition, lookup, context.today);

  const lookup: ValueLookup = (key) => (fields.has(key) ? state(key).value : outer(key));

  const work = (field: Field, containers: readonly { condition: Condition }[]): FieldState => {
    const path = joinPath(prefix, [field.key]);
    const raw = own(answers, field.key);
    const visible =
      containers.every(({ condition }) => holds(condition)) &&
      (field.showIf === undefined || holds(field.showIf));
    if (!visible) {
      return isEmpty(raw)
        ? HIDDEN
        : { ...HIDDEN, errors: [error(path, 'hidden_field', 'is not asked with these answers')] };
    }
    const required = field.required || (field.requiredIf !== undefined && holds(field.requiredIf));
    if (field.type === 'group') return groupState(field, raw, path, required, context, lookup);
    if (isEmpty(raw)) {
      return {
        visible,
        required,
        value: undefined,
        errors: required ? [error(path, 'required', 'is required')] : [],
      };
    }
    const outcome = validateValue(field, raw, context);
    return outcome.ok
      ? { visible, required, value: outcome.value, errors: [] }
      : { visible, required, value: undefined, errors: issuesAt(path, outcome.issues) };
  };

  const state = (key: string): FieldState => {
    const known = states.get(key);
    if (known !== undefined) return known;
    const placed = fields.get(key);
    if (placed === undefined || pending.has(key)) return HIDDEN;
    pending.add(key);
    const worked = work(placed.field, placed.containers);
    pending.delete(key);
    states.set(key, worked);
    return worked;
  };

  const unknownKeys = () =>
    Object.keys(answers)
      .filter((key) => !fields.has(key))
      .sort();

  return { state, lookup, unknownKeys };
};

const unknownErrors = (scope: Scope, prefix: string): AnswerError[] =>
  scope
    .unknownKeys()
    .map((key) => error(joinPath(prefix, [key]), 'unknown_field', 'is not a field of this form'));

/**
 * A group's value, as conditions and computed values see it, is its items that are objects, each
 * with its shown and valid fields; errors elsewhere in an item do not change it, so cleaning an
 * item does not change what else is shown.
 */
const groupState = (
  group: GroupField,
  raw: unknown,
  path: string,
  required: boolean,
  context: FieldContext,
  outer: ValueLookup,
): FieldState => {
  const base = { visible: true, required };
  if (isEmpty(raw)) {
    return { ...base, value: undefined, errors: required ? [error(path, 'required', 'is required')] : [] };
  }
  if (!Array.isArray(raw)) {
    return { ...base, value: undefined, errors: [error(path, 'invalid_type', 'must be a list')] };
  }
  const least = Math.max(group.min, required ? 1 : 0);
  const errors: AnswerError[] = [];
  if (raw.length > group.max) {
    errors.push(error(path, 'too_many_items', `must have at most ${group.max} items`));
  }
  if (raw.length < least) errors.push(error(path, 'too_few_items', `must have at least ${least} items`));
  const fields = new Map(group.fields.map((field) => [field.key, { field, containers: [] }]));
  const values: Record<string, unknown>[] = [];
  // Items beyond the maximum cannot be stored; not working them out keeps a large body cheap.
  const items = raw.slice(0, group.max).map((item, index) => {
    const itemPath = joinPath(path, [index]);
    if (!isPlainObject(item)) {
      errors.push(error(itemPath, 'invalid_type', 'must be an object'));
      return undefined;
    }
    const scope = createScope(fields, item, itemPath, context, outer);
    const value: Record<string, unknown> = {};
    const states = new Map<string, FieldState>();
    for (const field of group.fields) {
      const state = scope.state(field.key);
      states.set(field.key, state);
      errors.push(...state.errors);
      if (state.value !== undefined) value[field.key] = state.value;
    }
    errors.push(...unknownErrors(scope, itemPath));
    values.push(value);
    return states;
  });
  return { ...base, value: values, errors, items };
};

export type Evaluation = {
  /** Top-level field states in definition order. */
  fields: { entry: FieldEntry; state: FieldState }[];
  unknown: AnswerError[];
  computed: Record<string, number>;
  computedErrors: AnswerError[];
  pageVisible: (pageIndex: number) => boolean;
};

/** Works out every field of a form for answers already known to be an object. */
export const evaluateAnswers = (
  definition: FormDefinition,
  answers: Record<string, unknown>,
  context: FieldContext,
): Evaluation => {
  const index = formIndex(definition);
  const computed = new Map<string, number>();
  const pendingComputed = new Set<string>();
  const computeValue = (key: string): number | undefined => {
    const known = computed.get(key);
    if (known !== undefined) return known;
    const placed = index.computed.get(key);
    if (placed === undefined || pendingComputed.has(key)) return undefined;
    pendingComputed.add(key);
    const value = evaluateExpression(placed.value.expression, scope.lookup, context.today);
    pendingComputed.delete(key);
    computed.set(key, value);
    return value;
  };
  const topLevel = new Map(index.topLevel.map((entry) => [entry.field.key, entry]));
  const scope = createScope(topLevel, answers, '', context, computeValue);
  const fields = index.topLevel.map((entry) => ({ entry, state: scope.state(entry.field.key) }));
  const computedErrors: AnswerError[] = [];
  const values: Record<string, number> = {};
  for (const value of definition.computed) {
    const amount = computeValue(value.key) ?? 0;
    if (Number.isSafeInteger(amount)) values[value.key] = amount;
    else computedErrors.push(error(value.key, 'computed_out_of_range', 'is too large to compute'));
  }
  return {
    fields,
    unknown: unknownErrors(scope, ''),
    computed: values,
    computedErrors,
    pageVisible: (pageIndex) => {
      const condition = definition.pages[pageIndex]?.showIf;
      return condition === undefined || evaluateCondition(condition, scope.lookup, context.today);
    },
  };
};
