import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { associations } from '../associations/associations.ts';
import { users } from '../auth/users.ts';
import { id, tenantId, tenantIsolationPolicy, timestamps } from '../columns.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';
import { type EventAddressValue, eventEquipment, eventPlaces, eventTypes } from './event-config.ts';

/** Where a request stands in the workflow, from the requester's draft to its closing. */
export const EVENT_REQUEST_STATUSES = [
  'draft',
  'submitted',
  'incomplete',
  'under-review',
  'opinions-requested',
  'approved',
  'approved-with-conditions',
  'refused',
  'withdrawn',
  'closed',
] as const;

export type EventRequestStatus = (typeof EVENT_REQUEST_STATUSES)[number];

/**
 * A request to hold an event: its type, dates, place (a bookable place or an address), attendance
 * and the form's answers. Withdrawn or refused requests stay, so references and history remain.
 */
export const eventRequests = pgTable(
  'event_requests',
  {
    tenantId: tenantId(),
    id: id(),
    /** What requesters and staff quote; unique per commune. */
    reference: text('reference').notNull(),
    typeKey: text('type_key').notNull(),
    /** Who asked; kept null once that person's account is erased. */
    requesterId: uuid('requester_id'),
    /** The association it is asked on behalf of, if any. */
    associationId: uuid('association_id'),
    title: text('title').notNull(),
    status: text('status', { enum: EVENT_REQUEST_STATUSES }).notNull().default('draft'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** A bookable place of event_places, or else an address. */
    placeKey: text('place_key'),
    address: jsonb('address').$type<EventAddressValue>(),
    expectedAttendance: integer('expected_attendance'),
    /** Whether the requester wants it in the open calendar (only if its type allows and once approved). */
    public: boolean('public').notNull().default(false),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull().default({}),
    /** The version of the form the answers were given to. */
    formVersion: integer('form_version'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    ...tenantOwnedTable(t),
    foreignKey({ columns: [t.tenantId, t.typeKey], foreignColumns: [eventTypes.tenantId, eventTypes.key] }),
    foreignKey({
      columns: [t.tenantId, t.placeKey],
      foreignColumns: [eventPlaces.tenantId, eventPlaces.key],
    }),
    foreignKey({ columns: [t.requesterId], foreignColumns: [users.id] }).onDelete('set null'),
    foreignKey({
      columns: [t.tenantId, t.associationId],
      foreignColumns: [associations.tenantId, associations.id],
    }),
    unique('event_requests_reference').on(t.tenantId, t.reference),
    // Clashes look for overlapping live requests on one place; the calendar for approved ones by date.
    index('event_requests_place_time').on(t.tenantId, t.placeKey, t.startsAt),
    index('event_requests_status_time').on(t.tenantId, t.status, t.startsAt),
    index('event_requests_requester').on(t.tenantId, t.requesterId),
    index('event_requests_association').on(t.tenantId, t.associationId),
    check('event_requests_time_order', sql`${t.endsAt} > ${t.startsAt}`),
    check('event_requests_one_location', sql`${t.placeKey} is null or ${t.address} is null`),
    check('event_requests_attendance', sql`${t.expectedAttendance} >= 0`),
  ],
).enableRLS();

/** Equipment a request asks to borrow, in units. */
export const eventRequestEquipment = pgTable(
  'event_request_equipment',
  {
    tenantId: tenantId(),
    requestId: uuid('request_id').notNull(),
    equipmentKey: text('equipment_key').notNull(),
    quantity: integer('quantity').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.requestId, t.equipmentKey] }),
    foreignKey({
      columns: [t.tenantId, t.requestId],
      foreignColumns: [eventRequests.tenantId, eventRequests.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.equipmentKey],
      foreignColumns: [eventEquipment.tenantId, eventEquipment.key],
    }),
    check('event_request_equipment_quantity', sql`${t.quantity} > 0`),
    tenantIsolationPolicy(),
  ],
).enableRLS();
