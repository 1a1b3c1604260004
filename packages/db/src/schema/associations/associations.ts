import { char, pgTable, text } from 'drizzle-orm/pg-core';
import { id, tenantId, timestamps } from '../columns.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';

/**
 * An association as one commune knows it, kept so its members need not type its details again on
 * each request. The same group may exist in two communes: each keeps its own record.
 */
export const associations = pgTable(
  'associations',
  {
    tenantId: tenantId(),
    id: id(),
    name: text('name').notNull(),
    /** BCE/KBO enterprise number, 10 digits; null for a de facto association, which has none. */
    companyNumber: text('company_number'),
    street: text('street').notNull(),
    number: text('number').notNull(),
    box: text('box'),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    /** ISO 3166-1 alpha-2. */
    country: char('country', { length: 2 }).notNull().default('BE'),
    contactName: text('contact_name').notNull(),
    /** Lower case. */
    contactEmail: text('contact_email').notNull(),
    /** E.164. */
    contactPhone: text('contact_phone'),
    ...timestamps(),
  },
  (t) => [...tenantOwnedTable(t)],
).enableRLS();
