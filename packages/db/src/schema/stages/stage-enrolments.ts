import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../auth/users.ts';
import { id, tenantId, timestamps } from '../columns.ts';
import { formDefinitions } from '../forms/form-definitions.ts';
import { children } from '../households/children.ts';
import { households } from '../households/households.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';
import { stageSessions } from './stage-sessions.ts';

/**
 * A child's enrolment in a session: confirmed (it holds one of the session's `seats_taken`),
 * waitlisted at `waitlist_position` (taken from the session's `waitlist_taken`, so positions follow
 * arrival order; whoever leaves the waitlist closes the gap under the session's lock), or offered (a
 * freed seat held for it until `offer_expires_at`). Cancelled rows stay, so the history and the
 * references remain, with what the cancellation cost.
 */
export const stageEnrolments = pgTable(
  'stage_enrolments',
  {
    tenantId: tenantId(),
    id: id(),
    sessionId: uuid('session_id').notNull(),
    childId: uuid('child_id').notNull(),
    householdId: uuid('household_id').notNull(),
    /** Who asked; kept null once that person's account is erased. */
    enrolledBy: uuid('enrolled_by'),
    status: text('status', { enum: ['confirmed', 'waitlisted', 'offered', 'cancelled'] }).notNull(),
    waitlistPosition: integer('waitlist_position'),
    /** What families and staff quote, for example `LIE-2027-4F7K2`: random, unique per commune. */
    reference: text('reference').notNull(),
    /** The child's price when enrolled (resident, non-resident or social; sibling reduction). */
    priceCents: integer('price_cents').notNull(),
    /** Enrolled in a residents-only window on a residency staff had not confirmed yet: staff check it. */
    residencyUnconfirmed: boolean('residency_unconfirmed').notNull().default(false),
    /** While offered: the seat is held until then, after which it passes to the next on the waitlist. */
    offerExpiresAt: timestamp('offer_expires_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /** The family's reason, what ended an offer without a seat, or an invoice left unpaid. */
    cancellationReason: text('cancellation_reason', {
      enum: ['personal', 'medical', 'offer_declined', 'offer_expired', 'unpaid'],
    }),
    /** What the cancellation costs the family (0 when free). */
    cancellationFeeCents: integer('cancellation_fee_cents'),
    /** What the family no longer owes, or gets back once paid: the price less the fee. */
    cancellationCreditCents: integer('cancellation_credit_cents'),
    /**
     * The stage's questions as answered for this child, cleaned by the engine (hidden answers never
     * stored), with the form and version they were checked against; null when none were asked.
     */
    answers: jsonb('answers').$type<Record<string, unknown>>(),
    answersFormKey: text('answers_form_key'),
    answersFormVersion: integer('answers_form_version'),
    ...timestamps(),
  },
  (t) => [
    ...tenantOwnedTable(t),
    foreignKey({
      columns: [t.tenantId, t.sessionId],
      foreignColumns: [stageSessions.tenantId, stageSessions.id],
    }),
    foreignKey({ columns: [t.tenantId, t.childId], foreignColumns: [children.tenantId, children.id] }),
    foreignKey({
      columns: [t.tenantId, t.householdId],
      foreignColumns: [households.tenantId, households.id],
    }),
    foreignKey({ columns: [t.enrolledBy], foreignColumns: [users.id] }).onDelete('set null'),
    foreignKey({
      columns: [t.tenantId, t.answersFormKey, t.answersFormVersion],
      foreignColumns: [formDefinitions.tenantId, formDefinitions.formKey, formDefinitions.version],
    }),
    unique('stage_enrolments_reference').on(t.tenantId, t.reference),
    // At most one live enrolment of a child per session, whatever the races.
    uniqueIndex('stage_enrolments_live_child')
      .on(t.tenantId, t.sessionId, t.childId)
      .where(sql`${t.status} <> 'cancelled'`),
    index('stage_enrolments_household').on(t.tenantId, t.householdId),
    index('stage_enrolments_child').on(t.tenantId, t.childId),
    check(
      'stage_enrolments_waitlist_position',
      sql`(${t.status} <> 'confirmed' or ${t.waitlistPosition} is null) and (${t.status} <> 'waitlisted' or ${t.waitlistPosition} is not null)`,
    ),
    check(
      'stage_enrolments_answers',
      sql`(${t.answers} is null) = (${t.answersFormKey} is null) and (${t.answersFormKey} is null) = (${t.answersFormVersion} is null)`,
    ),
    check('stage_enrolments_price', sql`${t.priceCents} >= 0`),
    check('stage_enrolments_offer', sql`${t.status} <> 'offered' or ${t.offerExpiresAt} is not null`),
    check(
      'stage_enrolments_cancellation_amounts',
      sql`${t.cancellationFeeCents} >= 0 and ${t.cancellationCreditCents} >= 0`,
    ),
  ],
).enableRLS();
