import { formatDayInput, parseDayInput } from '../core/day-input.ts';

/**
 * What the citizen types, turned into the answer the engine expects, and back. A value that
 * cannot be turned is kept as typed, so the engine reports it (`invalid_date`, `invalid_type`)
 * with the same message the server would give.
 */

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `14/05/2018` (or `14.5.2018`) → `2018-05-14`; anything else as typed, blank as undefined. */
export function dateFromInput(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  return parseDayInput(text) ?? text;
}

/** `2018-05-14` → `14/05/2018`, for the input; a value kept as typed is shown as it was. */
export function dateToInput(value: unknown): string {
  if (typeof value !== 'string') return '';
  return ISO_DAY.test(value) ? formatDayInput(value) : value;
}

/** `8:30` or `8h30` → `08:30`; anything else as typed. */
export function timeFromInput(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const match = /^(\d{1,2})\s*[:hH.]\s*(\d{2})$/.exec(trimmed);
  return match ? `${(match[1] ?? '').padStart(2, '0')}:${match[2]}` : trimmed;
}

/** `12,5` or `12.5` → 12.5; anything else as typed. */
export function numberFromInput(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const normalised = trimmed.replace(',', '.');
  return /^-?\d+(?:\.\d+)?$/.test(normalised) ? Number(normalised) : trimmed;
}

export function textOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** An object's own property, for answers of composite fields (addresses, ranges, group items). */
export function partOf(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** The object with one part set, blank parts left out. */
export function withPart(value: unknown, key: string, part: unknown): Record<string, unknown> | undefined {
  const base = value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value } : {};
  const next: Record<string, unknown> = base;
  if (part === undefined || part === '') delete next[key];
  else next[key] = part;
  return Object.keys(next).length === 0 ? undefined : next;
}
