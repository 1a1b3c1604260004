import { date, foreignKey, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { id, tenantId, tenantIsolationPolicy, timestamps } from '../columns.ts';
import { tenants } from '../tenants/tenants.ts';

/** A child, one record however many households (separated parents) it belongs to. */
export const children = pgTable(
  'children',
  {
    tenantId: tenantId(),
    id: id(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    /** National register or BIS number, 11 digits without separators. */
    niss: text('niss'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }),
    tenantIsolationPolicy(),
  ],
).enableRLS();
