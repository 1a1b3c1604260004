import type { Transaction } from '@communa/db';
import { childHealthSheets, children, stageEnrolments, stageSessions } from '@communa/db';
import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { SealedHealthData } from './health-crypto.ts';

export async function readSealedSheets(tx: Transaction, tenantId: string, childIds: readonly string[]) {
  if (childIds.length === 0) return [];
  return tx
    .select({
      childId: childHealthSheets.childId,
      ciphertext: childHealthSheets.ciphertext,
      iv: childHealthSheets.iv,
      keyId: childHealthSheets.keyId,
      updatedAt: childHealthSheets.updatedAt,
    })
    .from(childHealthSheets)
    .where(and(eq(childHealthSheets.tenantId, tenantId), inArray(childHealthSheets.childId, [...childIds])));
}

/** Writes the sheet whole, replacing any earlier one; returns when it was written. */
export async function saveSealedSheet(
  tx: Transaction,
  tenantId: string,
  childId: string,
  sealed: SealedHealthData,
  userId: string,
): Promise<Date> {
  const values = { ...sealed, updatedAt: sql`now()`, updatedBy: userId };
  const [row] = await tx
    .insert(childHealthSheets)
    .values({ tenantId, childId, ...values })
    .onConflictDoUpdate({ target: [childHealthSheets.tenantId, childHealthSheets.childId], set: values })
    .returning({ updatedAt: childHealthSheets.updatedAt });
  if (!row) throw new Error('Health sheet upsert returned no row');
  return row.updatedAt;
}

/** The confirmed children of a session, by name. */
export function confirmedChildren(tx: Transaction, tenantId: string, sessionId: string) {
  return tx
    .select({
      enrolmentId: stageEnrolments.id,
      childId: children.id,
      firstName: children.firstName,
      lastName: children.lastName,
    })
    .from(stageEnrolments)
    .innerJoin(
      children,
      and(eq(children.tenantId, stageEnrolments.tenantId), eq(children.id, stageEnrolments.childId)),
    )
    .where(
      and(
        eq(stageEnrolments.tenantId, tenantId),
        eq(stageEnrolments.sessionId, sessionId),
        eq(stageEnrolments.status, 'confirmed'),
      ),
    )
    .orderBy(asc(children.lastName), asc(children.firstName));
}

/**
 * Deletes the sheets neither written since `writtenSince` nor needed by a live enrolment in a
 * session whose last day is `lastDaySince` or later; returns how many went.
 */
export async function deleteExpiredSheets(
  tx: Transaction,
  tenantId: string,
  cut: { writtenSince: Date; lastDaySince: string },
): Promise<number> {
  const deleted = await tx
    .delete(childHealthSheets)
    .where(
      and(
        eq(childHealthSheets.tenantId, tenantId),
        lt(childHealthSheets.updatedAt, cut.writtenSince),
        sql`not exists (select 1 from ${stageEnrolments} e
          join ${stageSessions} s on s.tenant_id = e.tenant_id and s.id = e.session_id
          where e.tenant_id = ${childHealthSheets.tenantId} and e.child_id = ${childHealthSheets.childId}
          and e.status <> 'cancelled' and s.last_day >= ${cut.lastDaySince})`,
      ),
    )
    .returning({ childId: childHealthSheets.childId });
  return deleted.length;
}
