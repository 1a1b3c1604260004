import type { DemoCommune, Language } from './types.ts';

export const LANGUAGES: readonly Language[] = ['fr', 'nl', 'de', 'en'];

/** Each language named in itself, as a language switcher shows it. */
export const NATIVE_NAMES: Record<Language, string> = {
  fr: 'Français',
  nl: 'Nederlands',
  de: 'Deutsch',
  en: 'English',
};

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The commune's name in `language`, else in its default language, else its slug. */
export function communeName(commune: DemoCommune, language: Language): string {
  return commune.names[language] ?? commune.names[commune.defaultLanguage] ?? commune.slug;
}
