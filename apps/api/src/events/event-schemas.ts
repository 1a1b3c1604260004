import { isCalendarDay } from '@communa/tenant-config';
import { z } from '@hono/zod-openapi';
import { languageSchema, localizedTextSchema } from '../tenants/public-tenant-schema.ts';

const KEY_PATTERN = /^[a-z][a-z0-9-]{1,40}$/;

const keyQuery = (description: string, example: string) =>
  z.string().regex(KEY_PATTERN, { error: 'Must be a key like concert' }).openapi({ description, example });

const calendarDaySchema = z
  .string()
  .refine(isCalendarDay, { error: 'Must be a real date written YYYY-MM-DD' });

export const eventAddressSchema = z
  .object({
    street: z.string(),
    number: z.string(),
    box: z.string().optional(),
    postalCode: z.string(),
    city: z.string(),
  })
  .openapi('EventAddress');

export const eventAttachmentSchema = z
  .object({
    key: z.string().openapi({ example: 'site-plan' }),
    label: localizedTextSchema,
    accept: z.array(z.string()).openapi({ example: ['application/pdf', 'image/jpeg'] }),
    maxSizeMb: z.number().int(),
  })
  .openapi('EventAttachment');

export const publicEventTypeSchema = z
  .object({
    key: z.string().openapi({ example: 'neighbourhood-party' }),
    name: localizedTextSchema,
    description: localizedTextSchema,
    form: z
      .string()
      .openapi({ description: 'The key of the form the requester fills', example: 'event-gathering' }),
    leadTimeDays: z
      .number()
      .int()
      .openapi({ description: 'Calendar days (Brussels) needed before the first day' }),
    attachments: z.array(eventAttachmentSchema),
    publicCalendar: z
      .boolean()
      .openapi({ description: 'Whether an approved event of this type may be published' }),
  })
  .openapi('EventType');

export const eventTypesSchema = z.object({ types: z.array(publicEventTypeSchema) }).openapi('EventTypes');

export const publicEventPlaceSchema = z
  .object({
    key: z.string().openapi({ example: 'place-saint-lambert' }),
    name: z.string().openapi({ example: 'Place Saint-Lambert' }),
    address: eventAddressSchema,
    capacity: z.number().int(),
  })
  .openapi('EventPlace');

export const eventPlacesSchema = z.object({ places: z.array(publicEventPlaceSchema) }).openapi('EventPlaces');

export const publicEventEquipmentSchema = z
  .object({
    key: z.string().openapi({ example: 'nadar-barriers' }),
    name: localizedTextSchema,
    stock: z.number().int().openapi({ description: 'Units the commune owns' }),
  })
  .openapi('EventEquipmentItem');

export const eventEquipmentSchema = z
  .object({ equipment: z.array(publicEventEquipmentSchema) })
  .openapi('EventEquipment');

/** `key:quantity` pairs, comma-separated. */
const EQUIPMENT_LIST = /^[a-z][a-z0-9-]{1,40}:\d{1,5}(,[a-z][a-z0-9-]{1,40}:\d{1,5})*$/;

export const availabilityQuerySchema = z.strictObject({
  type: keyQuery('The event type’s key', 'concert'),
  place: keyQuery(
    'A bookable place’s key; without one, only the lead time and equipment are checked',
    'place-du-marche',
  ).optional(),
  from: z.iso
    .datetime({ offset: true })
    .openapi({ description: 'When the event starts', example: '2027-06-12T14:00:00+02:00' }),
  to: z.iso
    .datetime({ offset: true })
    .openapi({ description: 'When it ends', example: '2027-06-12T23:00:00+02:00' }),
  equipment: z
    .string()
    .max(1000)
    .regex(EQUIPMENT_LIST, {
      error: 'Must be key:quantity pairs separated by commas, like tables:10,podium:1',
    })
    .optional()
    .openapi({
      description: 'Equipment to borrow, as key:quantity pairs',
      example: 'nadar-barriers:40,podium:1',
    }),
});

export type AvailabilityQuery = z.output<typeof availabilityQuerySchema>;

export const availabilitySchema = z
  .object({
    leadTimeOk: z.boolean(),
    earliestStart: z.iso
      .date()
      .openapi({ description: 'The earliest first day the type’s lead time allows' }),
    placeFree: z.boolean(),
    clashes: z
      .array(z.object({ startsAt: z.iso.datetime(), endsAt: z.iso.datetime() }))
      .openapi({ description: 'When the place is already asked for; nothing about who asked' }),
    equipment: z.array(
      z.object({ key: z.string(), requested: z.number().int(), available: z.number().int() }),
    ),
  })
  .openapi('EventAvailability');

export const calendarQuerySchema = z.strictObject({
  type: keyQuery('Only events of this type', 'concert').optional(),
  from: calendarDaySchema
    .optional()
    .openapi({ description: 'First day (default: today)', example: '2027-06-01' }),
  to: calendarDaySchema
    .optional()
    .openapi({ description: 'Last day (default: a year after the first)', example: '2027-06-30' }),
});

export type CalendarQuery = z.output<typeof calendarQuerySchema>;

export const icsQuerySchema = calendarQuerySchema.extend({
  lang: languageSchema.optional().openapi({ description: 'Language of the texts (default: the commune’s)' }),
});

export const publicEventSchema = z
  .object({
    id: z.uuid(),
    title: z.string().openapi({ example: 'Fête de la rue Saint-Gilles' }),
    type: z.object({ key: z.string(), name: localizedTextSchema }),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    place: z
      .object({ key: z.string(), name: z.string(), address: eventAddressSchema })
      .nullable()
      .openapi({ description: 'The booked place, or null when the event is at an address' }),
    address: eventAddressSchema.nullable(),
  })
  .openapi('PublicEvent');

export type PublicEvent = z.output<typeof publicEventSchema>;

export const eventCalendarSchema = z
  .object({ from: z.iso.date(), to: z.iso.date(), events: z.array(publicEventSchema) })
  .openapi('EventCalendar');
