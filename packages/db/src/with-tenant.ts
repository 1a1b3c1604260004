import { sql } from 'drizzle-orm';
import type { Database, Transaction } from './client.ts';

/**
 * Binds the current transaction to one commune: from here on, row-level security shows and
 * accepts only that commune's rows. The setting is transaction-local, so a pooled connection
 * never carries it into another request.
 */
export async function bindTenant(tx: Transaction, tenantId: string): Promise<void> {
  await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`);
}

/** Runs `fn` in a transaction bound to one commune. */
export function withTenant<T>(
  db: Database,
  tenantId: string,
  fn: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await bindTenant(tx, tenantId);
    return fn(tx);
  });
}
