import { boolean, char, integer, jsonb, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { id, tenantId, timestamps } from '../columns.ts';
import { tenantOwnedTable } from '../tenant-owned.ts';

export type EventAddressValue = {
  street: string;
  number: string;
  box?: string | undefined;
  postalCode: string;
  city: string;
};

export type EventAttachmentValue = {
  key: string;
  label: Record<string, string>;
  accept: string[];
  maxSizeMb: number;
};

/**
 * What every configured event table carries besides its own values: written by tenants:apply
 * from event-types.yaml, deactivated (never deleted) once removed, since requests name them.
 */
const configured = () => ({
  tenantId: tenantId(),
  id: id(),
  key: text('key').notNull(),
  position: integer('position').notNull(),
  active: boolean('active').notNull().default(true),
  /** sha256 of the configuration last applied to this row, so an unchanged apply writes nothing. */
  configHash: char('config_hash', { length: 64 }).notNull(),
  ...timestamps(),
});

/** A kind of event a commune lets people ask permission for. */
export const eventTypes = pgTable(
  'event_types',
  {
    ...configured(),
    name: jsonb('name').$type<Record<string, string>>().notNull(),
    description: jsonb('description').$type<Record<string, string>>().notNull(),
    /** The key of the commune's form the requester fills. */
    formKey: text('form_key').notNull(),
    attachments: jsonb('attachments').$type<EventAttachmentValue[]>().notNull(),
    leadTimeDays: integer('lead_time_days').notNull(),
    /** Keys of event_services that must give their opinion. */
    opinions: text('opinions').array().notNull(),
    publicCalendar: boolean('public_calendar').notNull(),
  },
  (t) => [...tenantOwnedTable(t), unique('event_types_key').on(t.tenantId, t.key)],
).enableRLS();

/** A public place people may book for an event. */
export const eventPlaces = pgTable(
  'event_places',
  {
    ...configured(),
    name: text('name').notNull(),
    address: jsonb('address').$type<EventAddressValue>().notNull(),
    capacity: integer('capacity').notNull(),
  },
  (t) => [...tenantOwnedTable(t), unique('event_places_key').on(t.tenantId, t.key)],
).enableRLS();

/** Equipment the commune lends, with the units it owns. */
export const eventEquipment = pgTable(
  'event_equipment',
  {
    ...configured(),
    name: jsonb('name').$type<Record<string, string>>().notNull(),
    stock: integer('stock').notNull(),
  },
  (t) => [...tenantOwnedTable(t), unique('event_equipment_key').on(t.tenantId, t.key)],
).enableRLS();

/** A commune service that gives its opinion on events (police, fire service, mobility…). */
export const eventServices = pgTable(
  'event_services',
  {
    ...configured(),
    name: jsonb('name').$type<Record<string, string>>().notNull(),
    email: text('email').notNull(),
  },
  (t) => [...tenantOwnedTable(t), unique('event_services_key').on(t.tenantId, t.key)],
).enableRLS();
