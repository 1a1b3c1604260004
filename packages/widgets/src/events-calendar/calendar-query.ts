import { parseDayInput } from '../core/day-input.ts';

/** The filters as typed: a type key (empty: all) and two days in the field's own writing. */
export interface EventFilters {
  type: string;
  from: string;
  to: string;
}

export const NO_EVENT_FILTERS: EventFilters = { type: '', from: '', to: '' };

/** The query of `GET …/events` (and of the ICS feed); a missing field means the API's default. */
export interface CalendarQuery {
  type?: string;
  from?: string;
  to?: string;
}

/** The API answers at most this many days at once. */
const MAX_DAYS = 366;

export type FilterProblem = 'from-invalid' | 'to-invalid' | 'to-before-from' | 'range-too-long';

export type QueryResult = { ok: true; query: CalendarQuery } | { ok: false; problems: FilterProblem[] };

/** The filters turned into the API's query, or what is wrong with the days typed. */
export function calendarQuery(filters: EventFilters): QueryResult {
  const problems: FilterProblem[] = [];
  const from = filters.from.trim() ? parseDayInput(filters.from) : undefined;
  const to = filters.to.trim() ? parseDayInput(filters.to) : undefined;
  if (filters.from.trim() && !from) problems.push('from-invalid');
  if (filters.to.trim() && !to) problems.push('to-invalid');
  if (from && to && to < from) problems.push('to-before-from');
  if (from && to && daysFrom(from, to) >= MAX_DAYS) problems.push('range-too-long');
  if (problems.length > 0) return { ok: false, problems };
  const type = filters.type.trim();
  return {
    ok: true,
    query: { ...(type ? { type } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) },
  };
}

/** The commune's ICS feed for the same query, in the interface's language. */
export function icsFeedUrl(apiBase: string, tenant: string, query: CalendarQuery, lang: string): string {
  const url = new URL(`v1/tenants/${encodeURIComponent(tenant)}/events.ics`, withSlash(apiBase));
  for (const [name, value] of Object.entries(query)) if (value) url.searchParams.set(name, value);
  url.searchParams.set('lang', lang);
  return url.href;
}

function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

function daysFrom(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}
