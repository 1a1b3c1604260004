import type { Database, EventRequestStatus } from '@communa/db';
import { eventRequests, tenants, withTenant } from '@communa/db';
import { and, eq, inArray, lt } from 'drizzle-orm';
import { changeStatus } from '../event-requests/event-request-store.ts';

/** Requests the commune has decided: what may be closed. */
export const DECIDED: ReadonlySet<EventRequestStatus> = new Set([
  'approved',
  'approved-with-conditions',
  'refused',
]);

/**
 * In every commune, closes the decided requests whose event ended before `now`, each with its
 * history entry (by staff, no person). Rows another worker holds are skipped; run again, it finds
 * nothing more to do. Returns how many were closed.
 */
export async function closeEndedRequests(db: Database, now: Date): Promise<number> {
  const communes = await db.select({ id: tenants.id }).from(tenants);
  let closed = 0;
  for (const { id: tenantId } of communes) {
    closed += await withTenant(db, tenantId, async (tx) => {
      const ended = await tx
        .select()
        .from(eventRequests)
        .where(
          and(
            eq(eventRequests.tenantId, tenantId),
            inArray(eventRequests.status, [...DECIDED]),
            lt(eventRequests.endsAt, now),
          ),
        )
        .for('update', { skipLocked: true });
      for (const row of ended) await changeStatus(tx, row, 'closed', { kind: 'staff', userId: null });
      return ended.length;
    });
  }
  return closed;
}
