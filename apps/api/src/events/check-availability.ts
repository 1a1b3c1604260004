import type { Database } from '@communa/db';
import { httpProblems } from '../problems/codes.ts';
import { ProblemError } from '../problems/problem.ts';
import type { ResolvedTenant } from '../tenants/tenant-directory.ts';
import { eventProblems } from './errors.ts';
import { brusselsDay, checkLeadTime, equipmentAvailability, placeClashes } from './event-rules.ts';
import type { AvailabilityQuery } from './event-schemas.ts';
import { readEventEquipment, readEventPlaces, readEventTypes, readHeldRequests } from './event-store.ts';

/** An event lasts at most this long; a longer range is a mistake, not an event. */
export const MAX_EVENT_DAYS = 31;
/** Requests are not taken further ahead than this. */
export const MAX_DAYS_AHEAD = 2 * 366;

const DAY_MS = 86_400_000;

/** `key:quantity,…` as a map; each key once, each quantity at least 1. */
function parseEquipment(list: string | undefined): Map<string, number> {
  const requested = new Map<string, number>();
  for (const pair of list?.split(',') ?? []) {
    const [key = '', quantity = ''] = pair.split(':');
    const units = Number(quantity);
    if (requested.has(key) || units < 1)
      throw new ProblemError(httpProblems.validationFailed, undefined, [
        {
          path: 'equipment',
          code: 'custom',
          message: requested.has(key) ? `${key} is listed twice` : `${key}: the quantity must be at least 1`,
        },
      ]);
    requested.set(key, units);
  }
  return requested;
}

/**
 * Whether an event of a type could be held when and where asked: the lead time, clashes on the
 * place (their dates only) and the equipment still free. Unknown keys and impossible dates are 422.
 */
export async function checkAvailability(
  db: Database,
  tenant: ResolvedTenant,
  query: AvailabilityQuery,
  now: Date,
) {
  const startsAt = new Date(query.from);
  const endsAt = new Date(query.to);
  const requested = parseEquipment(query.equipment);
  if (endsAt <= startsAt)
    throw new ProblemError(eventProblems.datesInvalid, 'The event must end after it starts');
  if (endsAt.getTime() - startsAt.getTime() > MAX_EVENT_DAYS * DAY_MS)
    throw new ProblemError(eventProblems.datesInvalid, `An event lasts at most ${MAX_EVENT_DAYS} days`);
  if (startsAt.getTime() - now.getTime() > MAX_DAYS_AHEAD * DAY_MS)
    throw new ProblemError(eventProblems.datesInvalid, 'Requests are taken at most two years ahead');

  const [types, places, equipment] = await Promise.all([
    readEventTypes(db, tenant),
    query.place === undefined ? Promise.resolve([]) : readEventPlaces(db, tenant),
    requested.size === 0 ? Promise.resolve([]) : readEventEquipment(db, tenant),
  ]);
  const type = types.find((candidate) => candidate.key === query.type);
  if (type === undefined) throw new ProblemError(eventProblems.typeUnknown, `No event type “${query.type}”`);
  if (query.place !== undefined && !places.some((place) => place.key === query.place))
    throw new ProblemError(eventProblems.placeUnknown, `No bookable place “${query.place}”`);
  const stock = new Map(equipment.map((item) => [item.key, item.stock]));
  const unknown = [...requested.keys()].filter((key) => !stock.has(key));
  if (unknown.length > 0)
    throw new ProblemError(
      eventProblems.equipmentUnknown,
      `No equipment ${unknown.map((key) => `“${key}”`).join(', ')}`,
    );

  const range = { startsAt, endsAt };
  const held = await readHeldRequests(db, tenant.id, range);
  const clashes =
    query.place === undefined
      ? []
      : placeClashes(
          range,
          held.filter((request) => request.placeKey === query.place),
        );
  const leadTime = checkLeadTime(brusselsDay(now), brusselsDay(startsAt), type.leadTimeDays);
  return {
    leadTimeOk: leadTime.ok,
    earliestStart: leadTime.earliestStart,
    placeFree: clashes.length === 0,
    clashes: clashes.map((clash) => ({
      startsAt: clash.startsAt.toISOString(),
      endsAt: clash.endsAt.toISOString(),
    })),
    equipment: equipmentAvailability(range, requested, stock, held),
  };
}
