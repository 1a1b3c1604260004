import { de } from './catalogue-de.ts';
import { en } from './catalogue-en.ts';
import { fr } from './catalogue-fr.ts';
import { nl } from './catalogue-nl.ts';
import type { Language } from './languages.ts';

export type MessageKey = keyof typeof en;
/** A missing or extra key in any language is a compile error. */
export type Catalogue = Readonly<Record<MessageKey, string>>;

export const catalogues: Readonly<Record<Language, Catalogue>> = { fr, nl, de, en };

export type MessageParams = Readonly<Record<string, string>>;

/** Interface text in `language`, with `{name}` placeholders filled from `params`. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return catalogues[language][key].replace(
    /\{(\w+)\}/g,
    (placeholder, name: string) => params[name] ?? placeholder,
  );
}
