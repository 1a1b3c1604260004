import type { Database, Transaction } from '@communa/db';
import { tenants, verifications } from '@communa/db';
import { and, eq, gt, sql } from 'drizzle-orm';
import { findHouseholdId, readHousehold } from '../households/household-store.ts';
import { ERASURE_REQUEST_WINDOW_MS, erasureMarkerIdentifier } from './erasure-rules.ts';

export type ErasureReservation = { ok: true } | { ok: false; until: Date };

/**
 * Records that this person asked this commune for erasure at `requestedAt`, unless they already
 * did within the window. A transaction-scoped advisory lock on the marker's name makes the check
 * and the insert one step for every API process, so a double click records one request.
 */
export function reserveErasureMarker(
  db: Database,
  who: { tenantId: string; userId: string },
  requestedAt: Date,
): Promise<ErasureReservation> {
  const identifier = erasureMarkerIdentifier(who.tenantId, who.userId);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${identifier}))`);
    const [pending] = await tx
      .select({ expiresAt: verifications.expiresAt })
      .from(verifications)
      .where(and(eq(verifications.identifier, identifier), gt(verifications.expiresAt, requestedAt)));
    if (pending) return { ok: false, until: pending.expiresAt };
    // An expired marker of the same person and commune is of no further use.
    await tx.delete(verifications).where(eq(verifications.identifier, identifier));
    await tx.insert(verifications).values({
      identifier,
      value: requestedAt.toISOString(),
      expiresAt: new Date(requestedAt.getTime() + ERASURE_REQUEST_WINDOW_MS),
    });
    return { ok: true };
  });
}

/** Takes back a marker whose request never reached the commune, so the person can try again. */
export async function releaseErasureMarker(
  db: Database,
  who: { tenantId: string; userId: string },
  requestedAt: Date,
): Promise<void> {
  await db
    .delete(verifications)
    .where(
      and(
        eq(verifications.identifier, erasureMarkerIdentifier(who.tenantId, who.userId)),
        eq(verifications.value, requestedAt.toISOString()),
      ),
    );
}

export interface CommuneHoldings {
  householdId: string | null;
  childrenCount: number;
  /** From the commune's applied configuration (the public answer leaves it out). */
  dpoEmail: string | null;
}

/** What the commune holds about the person, and its officer's address, inside the commune's transaction. */
export async function readCommuneHoldings(
  tx: Transaction,
  tenantId: string,
  userId: string,
): Promise<CommuneHoldings> {
  const [config] = await tx
    .select({ dpoEmail: sql<string | null>`${tenants.config} -> 'privacy' ->> 'dpoEmail'` })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  const householdId = await findHouseholdId(tx, tenantId, userId);
  const household = householdId ? await readHousehold(tx, tenantId, householdId) : undefined;
  return {
    householdId: householdId ?? null,
    childrenCount: household?.children.length ?? 0,
    dpoEmail: config?.dpoEmail ?? null,
  };
}
