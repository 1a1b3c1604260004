import { addDays, daysBetween, instantOfWallTime } from '@communa/tenant-config';
import { ProblemError } from '../problems/problem.ts';
import { eventProblems } from './errors.ts';
import { brusselsDay, EVENT_TIME_ZONE, type TimeRange } from './event-rules.ts';
import type { CalendarQuery } from './event-schemas.ts';

/** One calendar answer covers at most this many days. */
export const MAX_CALENDAR_DAYS = 366;

/** Midnight starting `day` in Brussels (midnight always exists there). */
export const startOfBrusselsDay = (day: string): Date =>
  instantOfWallTime(`${day}T00:00`, EVENT_TIME_ZONE) ?? new Date(`${day}T00:00:00Z`);

/**
 * The days a calendar answer covers (default: from today, a year on) and the instants it looks at:
 * only what is not over yet, since the calendar lists upcoming events.
 */
export function calendarRange(
  query: CalendarQuery,
  now: Date,
): { from: string; to: string; range: TimeRange } {
  const from = query.from ?? brusselsDay(now);
  const to = query.to ?? addDays(from, MAX_CALENDAR_DAYS - 1);
  if (daysBetween(from, to) < 0)
    throw new ProblemError(eventProblems.datesInvalid, 'The last day is before the first');
  if (daysBetween(from, to) >= MAX_CALENDAR_DAYS)
    throw new ProblemError(eventProblems.datesInvalid, `A calendar covers at most ${MAX_CALENDAR_DAYS} days`);
  const start = startOfBrusselsDay(from);
  return {
    from,
    to,
    range: { startsAt: start > now ? start : now, endsAt: startOfBrusselsDay(addDays(to, 1)) },
  };
}
