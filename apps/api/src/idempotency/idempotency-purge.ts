import type { Database } from '@communa/db';
import { idempotencyKeys, tenants, withTenant } from '@communa/db';
import { and, eq, lt } from 'drizzle-orm';

/**
 * Deletes, in every commune, the idempotency keys past their expiry: a retry after that is a new
 * request anyway, and the stored answers hold personal data (children's enrolments). Returns how
 * many were deleted.
 */
export async function purgeExpiredIdempotencyKeys(db: Database, now: Date): Promise<number> {
  const communes = await db.select({ id: tenants.id }).from(tenants);
  let deleted = 0;
  for (const { id: tenantId } of communes) {
    deleted += await withTenant(db, tenantId, async (tx) => {
      const rows = await tx
        .delete(idempotencyKeys)
        .where(and(eq(idempotencyKeys.tenantId, tenantId), lt(idempotencyKeys.expiresAt, now)))
        .returning({ key: idempotencyKeys.key });
      return rows.length;
    });
  }
  return deleted;
}
