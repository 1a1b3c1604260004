import { date, pgTable, text } from 'drizzle-orm/pg-core';
import { id, tenantId, timestamps } from '../columns.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';

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
  (t) => [...tenantOwnedTable(t)],
).enableRLS();
