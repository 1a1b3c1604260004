import type { FormDefinition } from '../definition/form-schema.ts';
import { isEmpty, isPlainObject, own } from '../fields/empty.ts';
import { languageOf } from '../i18n/localized-text.ts';
import type { Answers, ValidationOptions } from './answer-error.ts';
import { evaluateAnswers, type FieldState } from './evaluate-answers.ts';

/**
 * Keeps, in each group item that is an object, only the filled fields shown for that item; items
 * beyond the group's maximum are dropped, as they could not be stored.
 */
const cleanItems = (raw: unknown, items: FieldState['items']): unknown => {
  if (!Array.isArray(raw) || items === undefined) return raw;
  return raw.slice(0, items.length).map((item, index) => {
    const states = items[index];
    if (!isPlainObject(item) || states === undefined) return item;
    const cleaned: Record<string, unknown> = {};
    for (const [key, state] of states) {
      const value = own(item, key);
      if (state.visible && !isEmpty(value)) cleaned[key] = value;
    }
    return cleaned;
  });
};

/**
 * The answers without what the current answers hide, without empty answers and without keys the
 * form does not have, as the widget sends them after a change of mind. Values are kept as given
 * (`validateAnswers` normalises them). Conditions already read hidden answers as empty, so
 * dropping them changes nothing else.
 */
export const cleanAnswers = (
  definition: FormDefinition,
  answers: unknown,
  options: ValidationOptions,
): Answers => {
  if (!isPlainObject(answers) || !isPlainObject(options)) return {};
  const context = { today: String(options.today), lang: languageOf(options.lang) };
  const cleaned: Answers = {};
  for (const { entry, state } of evaluateAnswers(definition, answers, context).fields) {
    const key = entry.field.key;
    const value = own(answers, key);
    if (state.visible && !isEmpty(value)) cleaned[key] = cleanItems(value, state.items);
  }
  return cleaned;
};
