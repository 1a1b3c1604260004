import { sql } from 'drizzle-orm';
import type { Database, Transaction } from './client.ts';

/**
 * Binds the current transaction to one commune: from here on, row-level security shows and
 * accepts only that commune's rows. The setting is transaction-local, so a pooled connection
 * never carries it into another request.
 *
 * The statement is handed to the connection at once (`execute()`, not a lazy query awaited later),
 * so statements started after this call, in the same tick or later, run after it.
 */
export function bindTenant(tx: Transaction, tenantId: string): Promise<unknown> {
  return tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`).execute();
}

/** Runs `fn` in a transaction bound to one commune. */
export function withTenant<T>(
  db: Database,
  tenantId: string,
  fn: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    // Not awaited before fn: the binding goes out in one write with BEGIN and fn's first statements.
    const [, result] = await Promise.all([bindTenant(tx, tenantId), fn(tx)]);
    return result;
  });
}
