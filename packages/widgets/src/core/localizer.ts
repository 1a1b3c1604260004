import { type MessageKey, translate } from './messages.ts';
import { type LocalizedValue, pickLocalized, resolveContentLanguage } from './resolve-language.ts';
import type { Language, LocalizedText } from './tenant-types.ts';

/** Everything a template needs to put text on screen in the right language. */
export interface Localizer {
  /** Language of the interface text. */
  ui: Language;
  t(key: MessageKey, params?: Readonly<Record<string, string>>): string;
  /** A commune text in the content language, with the language it is really in. */
  content(text: LocalizedText): LocalizedValue;
}

export function createLocalizer(
  ui: Language,
  languages?: { offered: readonly Language[]; default: Language },
): Localizer {
  const contentLang = languages ? resolveContentLanguage(ui, languages) : ui;
  const defaultLang = languages?.default ?? ui;
  return {
    ui,
    t: (key, params) => translate(ui, key, params),
    content: (text) => pickLocalized(text, contentLang, defaultLang),
  };
}
