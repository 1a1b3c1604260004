/** Wall-clock days and times in Brussels, as requesters type them, and the instants the API takes. */

const ZONE = 'Europe/Brussels';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function wallClock(instant: Date): { day: string; time: string; utcMs: number } {
  const parts = Object.fromEntries(
    partsFormat.formatToParts(instant).map((part) => [part.type, part.value]),
  ) as Record<string, string>;
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  const time = `${parts.hour}:${parts.minute}`;
  return { day, time, utcMs: Date.parse(`${day}T${time}:00Z`) };
}

/** Minutes Brussels is ahead of UTC at an instant (60 in winter, 120 in summer). */
function offsetAt(instant: Date): number {
  const seconds = instant.getTime() - (instant.getTime() % 60_000);
  return Math.round((wallClock(instant).utcMs - seconds) / 60_000);
}

/**
 * `2027-06-12` and `14:00` in Brussels as an ISO instant with its offset
 * (`2027-06-12T14:00:00+02:00`), the way the API takes dates.
 */
export function brusselsInstant(day: string, time: string): string {
  const asUtc = Date.parse(`${day}T${time}:00Z`);
  // The offset at the guessed instant, then at the instant it gives: right on both sides of a change.
  const first = offsetAt(new Date(asUtc));
  const offset = offsetAt(new Date(asUtc - first * 60_000));
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${day}T${time}:00${sign}${hours}:${minutes}`;
}

/** An instant as its Brussels day (`2027-06-12`) and time (`14:00`). */
export function brusselsDayTime(instant: string): { day: string; time: string } {
  const { day, time } = wallClock(new Date(instant));
  return { day, time };
}

/** Whole calendar days from one `YYYY-MM-DD` day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `14:00`, `9:30`, `9h30`, `14.00` → `14:00`; undefined when not a time of day. */
export function parseTimeInput(input: string): string | undefined {
  const match = /^(\d{1,2})\s*[:.hH]\s*(\d{2})$/.exec(input.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

/** A `YYYY-MM-DD` day some days later. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
