/** The languages the back-office speaks. */
export const LANGUAGES = ['fr', 'nl', 'de', 'en'] as const;

export type Language = (typeof LANGUAGES)[number];

/** Used when neither the person, the switcher nor the browser names a language we speak. */
export const FALLBACK_LANGUAGE: Language = 'en';

/** Each language's name in itself, for the switcher. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  fr: 'Français',
  nl: 'Nederlands',
  de: 'Deutsch',
  en: 'English',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** `nl-BE` → `nl`; undefined for an empty or unsupported tag. */
export function supportedLanguage(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().split('-')[0]?.toLowerCase() ?? '';
  return isLanguage(primary) ? primary : undefined;
}

/**
 * The interface language: the one chosen with the switcher, else the person's own (from their
 * account), else the first of the browser's we speak.
 */
export function chooseLanguage(
  chosen: string | null | undefined,
  person: string | null | undefined,
  browser: readonly string[],
): Language {
  const fromBrowser = browser.map(supportedLanguage).find((language) => language !== undefined);
  return supportedLanguage(chosen) ?? supportedLanguage(person) ?? fromBrowser ?? FALLBACK_LANGUAGE;
}

export interface LocalizedText {
  text: string;
  /** The language the text is really in, for a `lang` attribute when it is not the page's. */
  lang: Language;
}

/** A commune's name in `language`, else in its default language, else in any it has. */
export function pickName(
  names: Partial<Record<Language, string>>,
  language: Language,
  defaultLanguage: string | null,
): LocalizedText {
  const candidates = [language, isLanguage(defaultLanguage) ? defaultLanguage : undefined, ...LANGUAGES];
  for (const candidate of candidates) {
    const text = candidate ? names[candidate] : undefined;
    if (candidate && text) return { text, lang: candidate };
  }
  return { text: '', lang: language };
}

export function localizedName(
  names: Partial<Record<Language, string>>,
  language: Language,
  defaultLanguage: string | null,
): string {
  return pickName(names, language, defaultLanguage).text;
}
