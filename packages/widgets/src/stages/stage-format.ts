import type { Language } from '../core/tenant-types.ts';

/** The Monday of an ISO week (`2027-W28` → `2027-07-12`), or undefined for anything else. */
export function isoWeekMonday(week: string): string | undefined {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) return undefined;
  const year = Number(match[1]);
  const number = Number(match[2]);
  // 4 January is always in week 1.
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return new Date(jan4 + ((number - 1) * 7 - weekday) * 86_400_000).toISOString().slice(0, 10);
}

/** Numbers, prices, days and instants written the Belgian way in the interface's language. */
export interface StageFormat {
  price(cents: number): string;
  /** A calendar day (`YYYY-MM-DD`), long: `12 July 2027`. */
  day(day: string): string;
  /** Days of a session, short, each with its weekday. */
  days(days: readonly string[]): string;
  /** An instant, in Brussels time: `3 May 2027, 09:00`. */
  instant(iso: string): string;
  /** `09:00:00` → `09:00`. */
  time(time: string): string;
}

export function stageFormat(lang: Language): StageFormat {
  const locale = `${lang}-BE`;
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const longDay = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const shortDay = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const instant = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  });
  const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);
  return {
    price: (cents) => money.format(cents / 100),
    day: (day) => longDay.format(utcDay(day)),
    days: (days) =>
      new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }).format(
        days.map((d) => shortDay.format(utcDay(d))),
      ),
    instant: (iso) => instant.format(new Date(iso)),
    time: (time) => time.slice(0, 5),
  };
}
