import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  check,
  date,
  foreignKey,
  integer,
  pgTable,
  text,
  time,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, tenantId, timestamps } from '../columns.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';
import { stages } from './stages.ts';

/**
 * One session of a stage: its days, hours, ages, prices and enrolment rules, and the seats taken.
 * `seats_taken` only moves by a conditional update (`… where seats_taken < capacity`), so no
 * enrolment is ever confirmed beyond capacity. Deactivated, never deleted.
 */
export const stageSessions = pgTable(
  'stage_sessions',
  {
    tenantId: tenantId(),
    id: id(),
    stageId: uuid('stage_id').notNull(),
    key: text('key').notNull(),
    /** The actual days, public holidays already left out; sorted. */
    days: date('days', { mode: 'string' }).array().notNull(),
    firstDay: date('first_day', { mode: 'string' }).notNull(),
    lastDay: date('last_day', { mode: 'string' }).notNull(),
    /** Daily hours, Brussels time. */
    startsAt: time('starts_at').notNull(),
    endsAt: time('ends_at').notNull(),
    /** Age in years on the first day, both bounds included. */
    minAge: integer('min_age').notNull(),
    maxAge: integer('max_age').notNull(),
    capacity: integer('capacity').notNull(),
    seatsTaken: integer('seats_taken').notNull().default(0),
    /** Waitlist positions handed out so far: the next waitlisted child gets `waitlist_taken + 1`. */
    waitlistTaken: integer('waitlist_taken').notNull().default(0),
    residentPriceCents: integer('resident_price_cents').notNull(),
    nonResidentPriceCents: integer('non_resident_price_cents').notNull(),
    socialPriceCents: integer('social_price_cents'),
    siblingReductionCents: integer('sibling_reduction_cents'),
    siblingReductionPer: text('sibling_reduction_per', { enum: ['session', 'week'] }),
    /** The first enrolment window opens; the windows themselves are in stage_session_windows. */
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    allocation: text('allocation', { enum: ['first-come', 'draw'] }).notNull(),
    drawMinutes: integer('draw_minutes'),
    freeCancellationDaysBefore: integer('free_cancellation_days_before').notNull(),
    cancellationFeeCents: integer('cancellation_fee_cents').notNull(),
    medicalCancellationExempt: boolean('medical_cancellation_exempt').notNull(),
    position: integer('position').notNull(),
    active: boolean('active').notNull().default(true),
    configHash: char('config_hash', { length: 64 }).notNull(),
    ...timestamps(),
  },
  (t) => [
    ...tenantOwnedTable(t),
    foreignKey({ columns: [t.tenantId, t.stageId], foreignColumns: [stages.tenantId, stages.id] }),
    unique('stage_sessions_key').on(t.tenantId, t.stageId, t.key),
    check('stage_sessions_seats_taken', sql`${t.seatsTaken} >= 0`),
    check('stage_sessions_waitlist_taken', sql`${t.waitlistTaken} >= 0`),
    check('stage_sessions_capacity', sql`${t.capacity} > 0`),
    check('stage_sessions_ages', sql`${t.minAge} <= ${t.maxAge}`),
  ],
).enableRLS();
