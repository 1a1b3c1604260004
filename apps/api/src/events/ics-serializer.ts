import { wallTimeAt } from '@communa/tenant-config';

/** RFC 5545 §3.1: content lines are at most 75 octets, continued on lines starting with a space. */
const MAX_OCTETS = 75;

const octets = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Folds one content line, never inside a UTF-8 sequence (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const charSize = octets(char);
    // Continuation lines begin with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (size + charSize > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += charSize;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A DATE-TIME in UTC, `YYYYMMDDTHHMMSSZ`. */
export function utcDateTime(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** A DATE-TIME as the wall clock shows it in `timeZone`, `YYYYMMDDTHHMMSS`, for a TZID parameter. */
export function localDateTime(instant: Date, timeZone: string): string {
  return `${wallTimeAt(instant, timeZone).replace(/[-:]/g, '')}${String(instant.getUTCSeconds()).padStart(2, '0')}`;
}

/**
 * Europe/Brussels as a VTIMEZONE: CET, and CEST from the last Sunday of March to the last Sunday of
 * October (EU rules since 1996), so a client without the zone database still shows the right hours.
 */
export const BRUSSELS_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Brussels',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export type IcsEvent = {
  uid: string;
  stamp: Date;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location: string | undefined;
  categories: string[];
};

/** A published calendar of events in Europe/Brussels time, CRLF-terminated and folded. */
export function serializeCalendar(calendar: {
  name: string;
  productId: string;
  events: readonly IcsEvent[];
}): string {
  const zone = 'Europe/Brussels';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${zone}`,
    ...BRUSSELS_VTIMEZONE,
  ];
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${utcDateTime(event.stamp)}`,
      `DTSTART;TZID=${zone}:${localDateTime(event.startsAt, zone)}`,
      `DTEND;TZID=${zone}:${localDateTime(event.endsAt, zone)}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.location !== undefined) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.categories.length > 0) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
