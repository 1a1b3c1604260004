import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  pgSequence,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../auth/users.ts';
import { id, tenantId, timestamps } from '../columns.ts';
import { households } from '../households/households.ts';
import { stageEnrolments } from '../stages/stage-enrolments.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';

/**
 * The 10-digit bases of structured communications. One sequence for every commune: numbers never
 * repeat, so no retry loop is needed, and a sequence takes no row lock on the enrolment path.
 */
export const stageInvoiceNumbers = pgSequence('stage_invoice_numbers', {
  startWith: 1_000_001,
  maxValue: 9_999_999_999,
  cycle: false,
});

/**
 * What a family owes for one confirmed enrolment, paid by bank transfer with its structured
 * communication: open until staff mark it paid; cancelled (or reduced to the fee) when the enrolment
 * is cancelled; released when unpaid after the reminder's grace period (the seat was given up).
 */
export const stageInvoices = pgTable(
  'stage_invoices',
  {
    tenantId: tenantId(),
    id: id(),
    householdId: uuid('household_id').notNull(),
    enrolmentId: uuid('enrolment_id').notNull(),
    amountCents: integer('amount_cents').notNull(),
    /** 12 digits (10 + mod-97 check), shown as `+++ddd/dddd/ddddd+++`. */
    structuredCommunication: text('structured_communication').notNull(),
    status: text('status', { enum: ['open', 'paid', 'cancelled', 'released'] })
      .notNull()
      .default('open'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    /** The last day to pay (Brussels calendar day). */
    dueOn: date('due_on').notNull(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    /** The staff member who recorded the payment; null once that account is erased (the audit log keeps it). */
    paidBy: uuid('paid_by'),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    ...tenantOwnedTable(t),
    foreignKey({
      columns: [t.tenantId, t.householdId],
      foreignColumns: [households.tenantId, households.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.enrolmentId],
      foreignColumns: [stageEnrolments.tenantId, stageEnrolments.id],
    }),
    foreignKey({ columns: [t.paidBy], foreignColumns: [users.id] }).onDelete('set null'),
    unique('stage_invoices_enrolment').on(t.tenantId, t.enrolmentId),
    unique('stage_invoices_structured_communication').on(t.tenantId, t.structuredCommunication),
    index('stage_invoices_household').on(t.tenantId, t.householdId),
    index('stage_invoices_status').on(t.tenantId, t.status),
    check('stage_invoices_amount', sql`${t.amountCents} >= 0`),
    check(
      'stage_invoices_structured_communication_digits',
      sql`${t.structuredCommunication} ~ '^[0-9]{12}$'`,
    ),
    check('stage_invoices_paid', sql`(${t.status} = 'paid') = (${t.paidAt} is not null)`),
  ],
).enableRLS();
