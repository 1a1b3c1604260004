import type { PgColumn } from 'drizzle-orm/pg-core';
import { foreignKey, primaryKey } from 'drizzle-orm/pg-core';
import { tenantIsolationPolicy } from './columns.ts';
import { tenants } from './tenants/tenants.ts';

/**
 * What every tenant-owned table with its own id carries: the key `(tenant_id, id)`, the link to
 * its commune, and the row-level security policy. (Kept apart from columns.ts, which the tenants
 * registry itself imports.)
 */
export function tenantOwnedTable(t: { tenantId: PgColumn; id: PgColumn }) {
  return [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    tenantIsolationPolicy(),
  ];
}
