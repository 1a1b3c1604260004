import type { Audience } from '@communa/tenant-config';
import { isoWeekOf } from '@communa/tenant-config';
import type { PublicStageSession } from './stage-schemas.ts';

/** Age in whole years on `day` (both `YYYY-MM-DD`); born 29 February, one turns a year older on 1 March. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Whether a child born on `birthDate` fits a session's age range, judged on its first day. */
export function fitsAges(ages: { min: number; max: number }, firstDay: string, birthDate: string): boolean {
  const age = ageOn(birthDate, firstDay);
  return age >= ages.min && age <= ages.max;
}

/** The ISO weeks (`YYYY-Www`) a session's days fall in, in order. */
export function weeksOf(days: readonly string[]): string[] {
  return [...new Set(days.map(isoWeekOf))];
}

export type EnrolmentWindow = { from: Date; for: Audience };

export type EnrolmentState =
  | { status: 'upcoming'; window: undefined }
  | { status: 'open'; window: EnrolmentWindow }
  | { status: 'closed'; window: undefined };

/**
 * Where enrolment stands at `now`: before the first window, upcoming; then the latest window that
 * has opened says who may enrol; from the session's first day (Brussels calendar day `today`), closed.
 */
export function enrolmentStateAt(
  windows: readonly EnrolmentWindow[],
  now: Date,
  { today, firstDay }: { today: string; firstDay: string },
): EnrolmentState {
  if (today >= firstDay) return { status: 'closed', window: undefined };
  const opened = windows.filter((window) => window.from.getTime() <= now.getTime()).at(-1);
  return opened ? { status: 'open', window: opened } : { status: 'upcoming', window: undefined };
}

export type SessionPrices = PublicStageSession['prices'];

export type ChildPricing = {
  /** The household's residency as staff confirmed it (or as declared until then). */
  resident: boolean;
  /** Granted by the commune (CPAS and the like); ignored where the session has no social tariff. */
  socialTariff: boolean;
  /** 0 for a household's first child in the session, 1 for the second, and so on. */
  siblingIndex: number;
  /** How many ISO weeks the session covers (a per-week reduction counts once per week). */
  weeks: number;
};

/**
 * A child's price in cents. The social tariff replaces the resident and non-resident prices and takes
 * no sibling reduction (it is already the floor); otherwise the second and later children of a
 * household get the reduction, per session or per week covered. Never below zero.
 */
export function priceCents(prices: SessionPrices, child: ChildPricing): number {
  if (child.socialTariff && prices.socialCents !== null) return prices.socialCents;
  const base = child.resident ? prices.residentCents : prices.nonResidentCents;
  const reduction = prices.siblingReduction;
  if (!reduction || child.siblingIndex < 1) return base;
  const times = reduction.per === 'week' ? Math.max(child.weeks, 1) : 1;
  return Math.max(base - reduction.cents * times, 0);
}
