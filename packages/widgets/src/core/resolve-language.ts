import { FALLBACK_LANGUAGE, supportedLanguage } from './languages.ts';
import type { Language, LocalizedText } from './tenant-types.ts';

/**
 * The language of the widget's own interface: the nearest `lang` in the page (the element's own
 * attribute first), else the commune's default. All four languages exist for interface text.
 */
export function resolveUiLanguage(
  contextLang: string | null | undefined,
  tenantDefault?: Language,
): Language {
  return supportedLanguage(contextLang) ?? tenantDefault ?? FALLBACK_LANGUAGE;
}

/** The language of the commune's own text: the interface language if the commune writes in it. */
export function resolveContentLanguage(
  uiLanguage: Language,
  languages: { offered: readonly Language[]; default: Language },
): Language {
  return languages.offered.includes(uiLanguage) ? uiLanguage : languages.default;
}

export interface LocalizedValue {
  text: string;
  /** The language the text is actually in, for the element's `lang` attribute. */
  lang: Language;
}

/** Picks a commune text in `lang`, falling back to the default language, then to any language present. */
export function pickLocalized(text: LocalizedText, lang: Language, defaultLang: Language): LocalizedValue {
  const preferred = text[lang];
  if (preferred !== undefined) return { text: preferred, lang };
  const fallback = text[defaultLang];
  if (fallback !== undefined) return { text: fallback, lang: defaultLang };
  for (const [other, value] of Object.entries(text)) {
    const otherLang = supportedLanguage(other);
    if (otherLang && value !== undefined) return { text: value, lang: otherLang };
  }
  return { text: '', lang };
}
