/** The calendar day (`YYYY-MM-DD`) of an instant in Brussels, where the events take place. */
export function brusselsDay(iso: string): string {
  // en-CA writes days as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
}

export interface EventDay<E> {
  day: string;
  events: E[];
}

/**
 * Events grouped under the Brussels day they start, days in order, events in start order. An event
 * already under way on the first day shown is listed under that day, not under a day before it.
 */
export function groupByDay<E extends { startsAt: string }>(
  events: readonly E[],
  firstDay?: string,
): EventDay<E>[] {
  const days = new Map<string, E[]>();
  const sorted = [...events].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  for (const event of sorted) {
    const start = brusselsDay(event.startsAt);
    const day = firstDay && start < firstDay ? firstDay : start;
    const list = days.get(day);
    if (list) list.push(event);
    else days.set(day, [event]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, list]) => ({ day, events: list }));
}
