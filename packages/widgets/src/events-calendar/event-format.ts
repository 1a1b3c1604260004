import type { Language } from '../core/tenant-types.ts';
import { brusselsDay } from './event-days.ts';

const TIME_ZONE = 'Europe/Brussels';

/** Days and times written the Belgian way in the interface's language, in Brussels time. */
export interface EventFormat {
  /** A calendar day (`YYYY-MM-DD`) with its weekday: `samedi 12 juin 2027`. */
  day(day: string): string;
  /** When an event is on: `14:00–23:00` within a day, else both days with their times. */
  when(startsAt: string, endsAt: string): string;
}

export function eventFormat(lang: Language): EventFormat {
  const locale = `${lang}-BE`;
  const longDay = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: TIME_ZONE });
  const dayAndTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  });
  return {
    day: (day) => longDay.format(new Date(`${day}T00:00:00Z`)),
    when: (startsAt, endsAt) => {
      const start = new Date(startsAt);
      const end = new Date(endsAt);
      const sameDay = brusselsDay(startsAt) === brusselsDay(endsAt);
      return (sameDay ? time : dayAndTime).formatRange(start, end);
    },
  };
}
