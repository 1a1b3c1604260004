/** How the calendar shows a period: a month or a week grid, or the month's days with events as a list. */
export type CalendarView = 'month' | 'week' | 'list';

const DAY_MS = 86_400_000;

const brusselsDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Brussels calendar day (`2030-06-15`) an instant falls on. */
export function brusselsDayOf(instant: string | Date): string {
  return brusselsDate.format(new Date(instant));
}

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  return dayOf(new Date(utcDay(day).getTime() + days * DAY_MS));
}

/** The Monday of the week `day` is in (Belgian weeks start on Monday). */
export function mondayOf(day: string): string {
  return addDays(day, -((utcDay(day).getUTCDay() + 6) % 7));
}

/** The days of a period, as weeks of seven from Monday: a month's grid runs from the Monday before its 1st. */
export function periodWeeks(view: CalendarView, anchor: string): string[][] {
  const first = view === 'week' ? mondayOf(anchor) : mondayOf(`${anchor.slice(0, 7)}-01`);
  const monthEnd = addDays(`${addMonths(anchor, 1)}-01`, -1);
  const weeks: string[][] = [];
  for (
    let start = first;
    weeks.length === 0 || (view !== 'week' && start <= monthEnd);
    start = addDays(start, 7)
  )
    weeks.push(Array.from({ length: 7 }, (_, index) => addDays(start, index)));
  return weeks;
}

/** The month (`2030-07`) `months` after the one `day` is in. */
function addMonths(day: string, months: number): string {
  const date = utcDay(`${day.slice(0, 7)}-01`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return dayOf(date).slice(0, 7);
}

/** The first and last day a view of `anchor` asks the API for. */
export function periodRange(view: CalendarView, anchor: string): { from: string; to: string } {
  if (view === 'list')
    return { from: `${anchor.slice(0, 7)}-01`, to: addDays(`${addMonths(anchor, 1)}-01`, -1) };
  const days = periodWeeks(view, anchor).flat();
  return { from: days[0] ?? anchor, to: days[days.length - 1] ?? anchor };
}

/** The anchor of the previous (-1) or next (1) period: a week on, or the 1st of the next month. */
export function shiftPeriod(view: CalendarView, anchor: string, direction: 1 | -1): string {
  return view === 'week' ? addDays(anchor, 7 * direction) : `${addMonths(anchor, direction)}-01`;
}

/** The days an event is on in Brussels: one ending at midnight is not on the next day. */
export function eventDays(event: { startsAt: string; endsAt: string }): string[] {
  const first = brusselsDayOf(event.startsAt);
  const last = brusselsDayOf(new Date(new Date(event.endsAt).getTime() - 1));
  const days: string[] = [];
  for (let day = first; day <= last && days.length < 62; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The events on each of `days`, in the order given. */
export function eventsByDay<E extends { startsAt: string; endsAt: string }>(
  events: readonly E[],
  days: readonly string[],
): Map<string, E[]> {
  const byDay = new Map<string, E[]>(days.map((day) => [day, []]));
  for (const event of events) for (const day of eventDays(event)) byDay.get(day)?.push(event);
  return byDay;
}
