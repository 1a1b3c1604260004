import { char, pgTable, text } from 'drizzle-orm/pg-core';
import { id, tenantId, timestamps } from '../columns.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';

/**
 * A citizen's household as one commune knows it: address and phone. Residency is what the address
 * declares against the commune's postal codes; staff confirm or correct it later.
 */
export const households = pgTable(
  'households',
  {
    tenantId: tenantId(),
    id: id(),
    street: text('street').notNull(),
    number: text('number').notNull(),
    box: text('box'),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    /** ISO 3166-1 alpha-2. */
    country: char('country', { length: 2 }).notNull().default('BE'),
    /** E.164. */
    phone: text('phone'),
    residency: text('residency', { enum: ['declared_resident', 'declared_non_resident'] }).notNull(),
    residencyStatus: text('residency_status', { enum: ['declared', 'confirmed', 'corrected'] })
      .notNull()
      .default('declared'),
    ...timestamps(),
  },
  (t) => [...tenantOwnedTable(t)],
).enableRLS();
