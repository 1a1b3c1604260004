import * as z from 'zod';
import { LANGUAGES, type Language } from './languages.ts';

const text = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(2000, { error: 'must be at most 2000 characters' });

/**
 * Text written by the commune in some of its languages. Which languages are required depends on the
 * tenant (its default one), so that rule lives on the tenant schema, not here.
 */
export const localizedTextSchema = z.strictObject(
  {
    fr: text.optional(),
    nl: text.optional(),
    de: text.optional(),
    en: text.optional(),
  },
  {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? `must be a map of texts by language (${LANGUAGES.join(', ')})`
        : undefined,
  },
);

export type LocalizedText = z.output<typeof localizedTextSchema>;

/** The text in `lang`, else in `fallbackLang`, else in the first language that has one. */
export const localize = (text: LocalizedText, lang: Language, fallbackLang: Language): string => {
  const direct = text[lang] ?? text[fallbackLang];
  if (direct !== undefined) return direct;
  for (const language of LANGUAGES) {
    const candidate = text[language];
    if (candidate !== undefined) return candidate;
  }
  return '';
};

/** A copy carrying every offered language, missing ones filled with the default language's text. */
export const fillTranslations = (
  text: LocalizedText,
  languages: { offered: readonly Language[]; default: Language },
): LocalizedText => {
  const filled: LocalizedText = {};
  for (const language of languages.offered) filled[language] = localize(text, language, languages.default);
  return filled;
};
