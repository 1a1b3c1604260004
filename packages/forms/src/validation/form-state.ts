import type { FormDefinition } from '../definition/form-schema.ts';
import { isPlainObject } from '../fields/empty.ts';
import { languageOf } from '../i18n/localized-text.ts';
import type { ValidationOptions } from './answer-error.ts';
import { evaluateAnswers } from './evaluate-answers.ts';

export type FormState = {
  /** Whether each page is shown, by index. */
  pages: boolean[];
  /** Top-level fields by key: shown and required with the current answers. */
  fields: Record<string, { visible: boolean; required: boolean }>;
  /** Computed values with the current answers, even before they are valid (a live price). */
  computed: Record<string, number>;
};

/** What a widget shows for answers in progress; never throws, whatever the answers. */
export const formState = (
  definition: FormDefinition,
  answers: unknown,
  options: ValidationOptions,
): FormState => {
  const context = {
    today: isPlainObject(options) ? String(options.today) : '',
    lang: languageOf(options?.lang),
  };
  const evaluation = evaluateAnswers(definition, isPlainObject(answers) ? answers : {}, context);
  const fields: FormState['fields'] = {};
  for (const { entry, state } of evaluation.fields) {
    fields[entry.field.key] = { visible: state.visible, required: state.required };
  }
  return {
    pages: definition.pages.map((_, pageIndex) => evaluation.pageVisible(pageIndex)),
    fields,
    computed: evaluation.computed,
  };
};
