import { isIsoDate } from '../dates/calendar.ts';
import type { FormDefinition } from '../definition/form-schema.ts';
import { isPlainObject } from '../fields/empty.ts';
import type { FieldContext } from '../fields/outcome.ts';
import { languageOf } from '../i18n/localized-text.ts';
import type { AnswerError, Answers, ValidationOptions, ValidationResult } from './answer-error.ts';
import { type Evaluation, evaluateAnswers } from './evaluate-answers.ts';

type Prepared =
  | { ok: true; answers: Record<string, unknown>; context: FieldContext }
  | { ok: false; errors: AnswerError[] };

/** Options come from code, answers from anyone: neither may make the engine throw. */
const prepare = (answers: unknown, options: ValidationOptions): Prepared => {
  if (!isPlainObject(options) || !isIsoDate(options.today)) {
    return {
      ok: false,
      errors: [{ path: '', code: 'invalid_options', message: 'today must be a date like 2026-07-01' }],
    };
  }
  if (!isPlainObject(answers)) {
    return {
      ok: false,
      errors: [{ path: '', code: 'invalid_answers', message: 'answers must be an object' }],
    };
  }
  return { ok: true, answers, context: { today: options.today, lang: languageOf(options.lang) } };
};

const result = (
  evaluation: Evaluation,
  entries: Evaluation['fields'],
  extra: AnswerError[],
): ValidationResult => {
  const errors = [...entries.flatMap(({ state }) => state.errors), ...extra];
  if (errors.length > 0) return { ok: false, errors };
  const value: Answers = {};
  for (const { entry, state } of entries) if (state.value !== undefined) value[entry.field.key] = state.value;
  return { ok: true, value, computed: evaluation.computed };
};

/**
 * Validates untrusted answers against a definition: the same answers, definition and options give
 * the same result in the browser and on the server. Rejects unknown keys and answers to hidden
 * fields; on success, `value` holds the normalised answers to store and `computed` the computed values.
 */
export const validateAnswers = (
  definition: FormDefinition,
  answers: unknown,
  options: ValidationOptions,
): ValidationResult => {
  const prepared = prepare(answers, options);
  if (!prepared.ok) return prepared;
  const evaluation = evaluateAnswers(definition, prepared.answers, prepared.context);
  return result(evaluation, evaluation.fields, [...evaluation.unknown, ...evaluation.computedErrors]);
};

/**
 * Validates the fields of one page, reading the other answers for its conditions. Answers to other
 * pages are not checked (they are checked with their page and by `validateAnswers`); `value` holds
 * this page's answers. A hidden page has nothing to answer (answers to it are refused as hidden).
 */
export const validatePage = (
  definition: FormDefinition,
  answers: unknown,
  pageIndex: number,
  options: ValidationOptions,
): ValidationResult => {
  const prepared = prepare(answers, options);
  if (!prepared.ok) return prepared;
  if (!Number.isInteger(pageIndex) || definition.pages[pageIndex] === undefined) {
    return {
      ok: false,
      errors: [{ path: '', code: 'unknown_page', message: `the form has no page ${pageIndex}` }],
    };
  }
  const evaluation = evaluateAnswers(definition, prepared.answers, prepared.context);
  const onPage = evaluation.fields.filter(({ entry }) => entry.page === pageIndex);
  return result(evaluation, onPage, []);
};
