/** A wall-clock time `YYYY-MM-DDTHH:MM` in some time zone, as communes write opening times. */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/** The wall-clock time `YYYY-MM-DDTHH:MM` an instant shows in `timeZone`. */
export const wallTimeAt = (instant: Date, timeZone: string): string => {
  const part = new Map(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${part.get('year')}-${part.get('month')}-${part.get('day')}T${part.get('hour')}:${part.get('minute')}`;
};

/**
 * The instant a wall-clock time denotes in `timeZone`. Undefined when that time does not exist there
 * (skipped by the spring DST change); in the repeated autumn hour, the earlier instant.
 */
export const instantOfWallTime = (wallTime: string, timeZone: string): Date | undefined => {
  const match = LOCAL.exec(wallTime);
  if (match === null) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The zone's offsets a day either side bracket every offset the wall time can have.
  const offsets = [-1, 1].map((side) => {
    const probe = new Date(asUtc + side * 86_400_000);
    return Date.parse(`${wallTimeAt(probe, timeZone)}:00Z`) - probe.getTime();
  });
  const candidates = [...new Set(offsets)]
    .map((offset) => new Date(asUtc - offset))
    .filter((instant) => wallTimeAt(instant, timeZone) === wallTime)
    .sort((a, b) => a.getTime() - b.getTime());
  return candidates[0];
};
