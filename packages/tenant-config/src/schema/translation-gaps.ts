import type { Language } from './languages.ts';
import { localizedFields } from './localized-fields.ts';
import type { LocalizedText } from './localized-text.ts';
import type { TenantConfig } from './tenant.ts';

export type TranslationGap = { path: (string | number)[]; message: string };

export type LocalizedField = { path: (string | number)[]; text: LocalizedText };

/**
 * Texts that will not read as intended: an offered language without text (citizens get the default
 * language instead) or text in a language the commune does not offer (never shown).
 */
export const findTextGaps = (
  fields: readonly LocalizedField[],
  { offered, default: fallback }: { offered: readonly Language[]; default: Language },
): TranslationGap[] => {
  const gaps: TranslationGap[] = [];
  for (const { path, text } of fields) {
    for (const language of offered) {
      if (text[language] === undefined) {
        gaps.push({ path: [...path, language], message: `no ${language} text: falls back to ${fallback}` });
      }
    }
    for (const language of Object.keys(text)) {
      if (!(offered as readonly string[]).includes(language)) {
        gaps.push({
          path: [...path, language],
          message: `${language} is not an offered language: this text is never shown`,
        });
      }
    }
  }
  return gaps;
};

export const findTranslationGaps = (config: TenantConfig): TranslationGap[] =>
  findTextGaps(localizedFields(config), config.languages);
