import type { FormDefinition } from '../definition/form-schema.ts';
import { definitionTexts } from './definition-texts.ts';
import type { Language } from './localized-text.ts';

export type MissingTranslation = { path: (string | number)[]; language: Language };

/**
 * Each text without a version in one of the offered languages, path ending with that language
 * (`pages.0.title.nl`): `tenants:validate` reports them as warnings, citizens get the default
 * language's text instead.
 */
export const missingTranslations = (
  definition: FormDefinition,
  offeredLanguages: readonly Language[],
): MissingTranslation[] =>
  definitionTexts(definition).flatMap(({ path, text }) =>
    offeredLanguages
      .filter((language) => text[language] === undefined)
      .map((language) => ({ path: [...path, language], language })),
  );
