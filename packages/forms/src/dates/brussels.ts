const BRUSSELS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (`YYYY-MM-DD`) an instant falls on in Brussels: the `today` the engine expects. */
export const calendarDayInBrussels = (instant: Date): string => {
  const byType = new Map(BRUSSELS_DAY.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${byType.get('year')}-${byType.get('month')}-${byType.get('day')}`;
};
