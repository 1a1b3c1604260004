import type { Language } from '../i18n/languages.ts';
import { supportedLanguage } from '../i18n/languages.ts';

const KEY = 'communa-admin:language';

/** The language picked with the switcher on this browser, kept across visits. */
export function storedLanguage(): Language | undefined {
  try {
    return supportedLanguage(window.localStorage.getItem(KEY));
  } catch {
    return undefined;
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(KEY, language);
  } catch {
    // Storage may be refused (private mode, policy): the choice then lasts until the page closes.
  }
}
