import { customType, foreignKey, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/users.ts';
import { tenantId, tenantIsolationPolicy } from '../columns.ts';
import { children } from '../households/children.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * A child's health sheet (special-category data): only ciphertext is stored, AES-256-GCM with a
 * random IV per write and the id of the key that sealed it, so keys can rotate. Deleted with the
 * child, and by the retention job once the child's last session is long enough past.
 */
export const childHealthSheets = pgTable(
  'child_health_sheets',
  {
    tenantId: tenantId(),
    childId: uuid('child_id').notNull(),
    /** The sealed JSON sheet followed by its 16-byte GCM authentication tag. */
    ciphertext: bytea('ciphertext').notNull(),
    iv: bytea('iv').notNull(),
    keyId: text('key_id').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** The parent who wrote it last; null once that account is erased. */
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.childId] }),
    foreignKey({
      columns: [t.tenantId, t.childId],
      foreignColumns: [children.tenantId, children.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.updatedBy], foreignColumns: [users.id] }).onDelete('set null'),
    tenantIsolationPolicy(),
  ],
).enableRLS();
