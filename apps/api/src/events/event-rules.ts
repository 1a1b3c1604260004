import type { EventRequestStatus } from '@communa/db';
import { addDays, daysBetween, wallTimeAt } from '@communa/tenant-config';

/** Communes count event days on the Belgian calendar, whatever the server's zone. */
export const EVENT_TIME_ZONE = 'Europe/Brussels';

/** The Brussels calendar day an instant falls on. */
export const brusselsDay = (instant: Date): string => wallTimeAt(instant, EVENT_TIME_ZONE).slice(0, 10);

/**
 * Whether an event whose first day is `firstDay` leaves at least `leadTimeDays` calendar days after
 * `today`, and the earliest first day that would.
 */
export function checkLeadTime(
  today: string,
  firstDay: string,
  leadTimeDays: number,
): { ok: boolean; earliestStart: string } {
  return { ok: daysBetween(today, firstDay) >= leadTimeDays, earliestStart: addDays(today, leadTimeDays) };
}

/** Requests that hold their place and equipment: asked for and not yet refused, withdrawn or closed. */
export const HOLDING_STATUSES = [
  'submitted',
  'incomplete',
  'under-review',
  'opinions-requested',
  'approved',
  'approved-with-conditions',
] as const satisfies readonly EventRequestStatus[];

const holding: ReadonlySet<EventRequestStatus> = new Set(HOLDING_STATUSES);

export type TimeRange = { startsAt: Date; endsAt: Date };

export type HeldRequest = TimeRange & { status: EventRequestStatus };

/** Whether two ranges share an instant; each ends where it stops, so back-to-back events do not clash. */
export const overlaps = (a: TimeRange, b: TimeRange): boolean =>
  a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/** The requests on the same place that the candidate would clash with, in start order. */
export function placeClashes<R extends HeldRequest>(candidate: TimeRange, samePlace: readonly R[]): R[] {
  return samePlace
    .filter((request) => holding.has(request.status) && overlaps(candidate, request))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/**
 * Units of each piece of equipment still free during `candidate`: the stock less everything
 * overlapping requests hold (counted together, even if they do not overlap one another, so a loan
 * is never promised twice).
 */
export function equipmentAvailability(
  candidate: TimeRange,
  requested: ReadonlyMap<string, number>,
  stock: ReadonlyMap<string, number>,
  others: readonly (HeldRequest & { equipment: ReadonlyMap<string, number> })[],
): { key: string; requested: number; available: number }[] {
  const held = new Map<string, number>();
  for (const other of others) {
    if (!holding.has(other.status) || !overlaps(candidate, other)) continue;
    for (const [key, quantity] of other.equipment) held.set(key, (held.get(key) ?? 0) + quantity);
  }
  return [...requested].map(([key, quantity]) => ({
    key,
    requested: quantity,
    available: Math.max(0, (stock.get(key) ?? 0) - (held.get(key) ?? 0)),
  }));
}

/**
 * The equipment whose new stock is less than what held requests borrow at once: for each item, the
 * most units in use at the same instant (which is when one of those requests starts). `stock` names
 * only the items whose stock is being changed.
 */
export function stockShortfalls(
  stock: ReadonlyMap<string, number>,
  held: readonly (HeldRequest & { equipment: ReadonlyMap<string, number> })[],
): { key: string; borrowed: number; stock: number }[] {
  const holdingNow = held.filter((request) => holding.has(request.status));
  return [...stock].flatMap(([key, units]) => {
    const borrowed = Math.max(
      0,
      ...holdingNow.map(({ startsAt }) =>
        holdingNow
          .filter((other) => other.startsAt <= startsAt && startsAt < other.endsAt)
          .reduce((sum, other) => sum + (other.equipment.get(key) ?? 0), 0),
      ),
    );
    return borrowed > units ? [{ key, borrowed, stock: units }] : [];
  });
}
