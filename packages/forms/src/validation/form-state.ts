import type { FormDefinition } from '../definition/form-schema.ts';
import { isPlainObject } from '../fields/empty.ts';
import { languageOf } from '../i18n/localized-text.ts';
import type { ValidationOptions } from './answer-error.ts';
import { evaluateAnswers, type FieldState } from './evaluate-answers.ts';

type Shown = { visible: boolean; required: boolean };

export type FormState = {
  /** Whether each page is shown, by index. */
  pages: boolean[];
  /**
   * Top-level fields by key: shown and required with the current answers; for a group, the same
   * for each item's fields (undefined for an item that is not an object).
   */
  fields: Record<string, Shown & { items?: (Record<string, Shown> | undefined)[] }>;
  /** Computed values with the current answers, even before they are valid (a live price). */
  computed: Record<string, number>;
};

const shown = (state: FieldState): Shown => ({ visible: state.visible, required: state.required });

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
    const items = state.items?.map((item) =>
      item === undefined
        ? undefined
        : Object.fromEntries([...item].map(([key, child]) => [key, shown(child)])),
    );
    fields[entry.field.key] = items === undefined ? shown(state) : { ...shown(state), items };
  }
  return {
    pages: definition.pages.map((_, pageIndex) => evaluation.pageVisible(pageIndex)),
    fields,
    computed: evaluation.computed,
  };
};
