import type { Language } from './tenant-types.ts';

/** The languages the software speaks; a commune offers a subset of them for its own content. */
export const LANGUAGES = ['fr', 'nl', 'de', 'en'] as const satisfies readonly Language[];

/**
 * Used only when neither the page nor the commune says which language to speak (while loading on a
 * page without `lang`, or when the commune is unknown): English is the one no community would read
 * as favouring another.
 */
export const FALLBACK_LANGUAGE: Language = 'en';

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** `nl-BE` → `nl`; undefined for an empty or unsupported tag. */
export function supportedLanguage(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().split('-')[0]?.toLowerCase() ?? '';
  return isLanguage(primary) ? primary : undefined;
}
