import type { HeldRequest } from '../events/event-rules.ts';
import { equipmentAvailability, placeClashes } from '../events/event-rules.ts';

export type CalendarEntry = HeldRequest & {
  id: string;
  placeKey: string | null;
  equipment: ReadonlyMap<string, number>;
};

export interface CalendarFlags {
  /** The other requests holding the same place at an overlapping time, in start order. */
  clashesWith: string[];
  /** Equipment this request asks for beyond what is left once the overlapping requests are served. */
  overAllocated: { key: string; requested: number; available: number }[];
}

/**
 * What the staff calendar flags on each request, by the same rules a requester meets on submission
 * (event-rules): each request is checked against all the others, so both sides of a clash are flagged.
 */
export function calendarFlags(
  entries: readonly CalendarEntry[],
  stock: ReadonlyMap<string, number>,
): Map<string, CalendarFlags> {
  return new Map(
    entries.map((entry) => {
      const others = entries.filter((other) => other.id !== entry.id);
      const clashesWith =
        entry.placeKey === null
          ? []
          : placeClashes(
              entry,
              others.filter((other) => other.placeKey === entry.placeKey),
            ).map((other) => other.id);
      const overAllocated = equipmentAvailability(entry, entry.equipment, stock, others).filter(
        (line) => line.available < line.requested,
      );
      return [entry.id, { clashesWith, overAllocated }];
    }),
  );
}
