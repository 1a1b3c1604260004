import { sql } from 'drizzle-orm';
import {
  char,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../auth/users.ts';
import { bytea, id, tenantId, tenantIsolationPolicy, timestamps } from '../columns.ts';
import { members } from '../staff/members.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';
import { eventServices } from './event-config.ts';
import { eventRequests } from './event-requests.ts';

/** Where a service's opinion on a request stands: asked, then given (and amendable until the decision). */
export const EVENT_OPINION_STATUSES = [
  'pending',
  'favourable',
  'favourable-with-conditions',
  'unfavourable',
] as const;

export type EventOpinionStatus = (typeof EVENT_OPINION_STATUSES)[number];

/**
 * A staff member (role service-advisor) speaking for one of the commune's services; a person may
 * belong to several. Set by an admin; removed with the membership.
 */
export const eventServiceMembers = pgTable(
  'event_service_members',
  {
    tenantId: tenantId(),
    serviceKey: text('service_key').notNull(),
    memberId: uuid('member_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.serviceKey, t.memberId] }),
    foreignKey({
      columns: [t.tenantId, t.serviceKey],
      foreignColumns: [eventServices.tenantId, eventServices.key],
    }),
    foreignKey({ columns: [t.memberId], foreignColumns: [members.id] }).onDelete('cascade'),
    index('event_service_members_member').on(t.tenantId, t.memberId),
    tenantIsolationPolicy(),
  ],
).enableRLS();

/**
 * One service's opinion on one request: asked by a reviewer with a due date, given by one of the
 * service's advisors. `remindedOn` is the Brussels day of the last reminder, so the daily task
 * reminds once a day however many workers run it.
 */
export const eventOpinions = pgTable(
  'event_opinions',
  {
    tenantId: tenantId(),
    id: id(),
    requestId: uuid('request_id').notNull(),
    serviceKey: text('service_key').notNull(),
    status: text('status', { enum: EVENT_OPINION_STATUSES }).notNull().default('pending'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** What the reviewer asked the service to look at, if anything. */
    question: text('question'),
    requestedBy: uuid('requested_by'),
    /** The conditions the service sets (favourable with conditions), offered to the decider. */
    conditions: text('conditions'),
    comment: text('comment'),
    givenBy: uuid('given_by'),
    givenAt: timestamp('given_at', { withTimezone: true }),
    remindedOn: date('reminded_on', { mode: 'string' }),
    ...timestamps(),
  },
  (t) => [
    ...tenantOwnedTable(t),
    foreignKey({
      columns: [t.tenantId, t.requestId],
      foreignColumns: [eventRequests.tenantId, eventRequests.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.serviceKey],
      foreignColumns: [eventServices.tenantId, eventServices.key],
    }),
    foreignKey({ columns: [t.requestedBy], foreignColumns: [users.id] }).onDelete('set null'),
    foreignKey({ columns: [t.givenBy], foreignColumns: [users.id] }).onDelete('set null'),
    unique('event_opinions_request_service').on(t.tenantId, t.requestId, t.serviceKey),
    // The reminders look for pending opinions by due date.
    index('event_opinions_status_due').on(t.tenantId, t.status, t.dueOn),
    check(
      'event_opinions_conditions',
      sql`${t.status} <> 'favourable-with-conditions' or ${t.conditions} is not null`,
    ),
  ],
).enableRLS();

/** A file a service joins to its opinion (PDF or image, type read from its content). */
export const eventOpinionAttachments = pgTable(
  'event_opinion_attachments',
  {
    tenantId: tenantId(),
    id: id(),
    opinionId: uuid('opinion_id').notNull(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    size: integer('size').notNull(),
    sha256: char('sha256', { length: 64 }).notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    ...tenantOwnedTable(t),
    foreignKey({
      columns: [t.tenantId, t.opinionId],
      foreignColumns: [eventOpinions.tenantId, eventOpinions.id],
    }),
    foreignKey({ columns: [t.uploadedBy], foreignColumns: [users.id] }).onDelete('set null'),
    index('event_opinion_attachments_opinion').on(t.tenantId, t.opinionId),
    check('event_opinion_attachments_size', sql`${t.size} = octet_length(${t.content})`),
  ],
).enableRLS();
