import type { Language } from '@communa/tenant-config';

/** The formats e-mails print days, hours, deadlines and amounts in, for one language. */
export interface MailFormats {
  /** A calendar day (`YYYY-MM-DD`), long style: "3 juillet 2027". */
  day: (day: string) => string;
  /** A wall-clock time (`HH:MM` or `HH:MM:SS`): "9:00". */
  clock: (clock: string) => string;
  /** An instant in Brussels, day and time: "samedi 3 juillet 2027 à 12:00". */
  instant: (instant: Date) => string;
  /** An amount in euro cents: "65,00 €". */
  euros: (cents: number) => string;
  /** Words joined as the language does: "police et pompiers". */
  list: (items: readonly string[]) => string;
}

// Building an Intl formatter costs far more than using one, and e-mails are rendered in requests.
const formatsByLanguage = new Map<Language, MailFormats>();

export function mailFormats(lang: Language): MailFormats {
  const known = formatsByLanguage.get(lang);
  if (known) return known;
  const locale = `${lang}-BE`;
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const clock = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const instant = new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  });
  const euros = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const formats: MailFormats = {
    day: (value) => day.format(new Date(`${value}T00:00:00Z`)),
    clock: (value) => clock.format(new Date(`1970-01-01T${value.slice(0, 5)}:00Z`)),
    instant: (value) => instant.format(value),
    euros: (cents) => euros.format(cents / 100),
    list: (items) => list.format(items),
  };
  formatsByLanguage.set(lang, formats);
  return formats;
}
