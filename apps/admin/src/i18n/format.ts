import type { Language } from './languages.ts';

const TIME_ZONE = 'Europe/Brussels';
// Belgian conventions in each language (nl-BE writes 1/12/2026, not 12/1/2026).
const LOCALES: Readonly<Record<Language, string>> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-BE' };

/** An instant as Brussels wall-clock date and time. */
export function formatDateTime(language: Language, instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** A calendar day (`2019-04-07`), never shifted by a time zone. */
export function formatDay(language: Language, day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A list of words joined as the language does (`a, b et c`). */
export function formatList(language: Language, items: readonly string[]): string {
  return new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' }).format(items);
}

/** A share from 0 to 1 as a whole percentage (`67 %` in French). */
export function formatPercent(language: Language, share: number): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}

/** An amount in euro cents (`65,00 €` in French). */
export function formatEuros(language: Language, cents: number): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** A file's size in bytes as the language writes kilobytes or megabytes (`1,5 Mo` in French). */
export function formatFileSize(language: Language, bytes: number): string {
  const megabytes = bytes >= 1_048_576;
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / 1_048_576 : Math.max(1, Math.round(bytes / 1024)));
}
