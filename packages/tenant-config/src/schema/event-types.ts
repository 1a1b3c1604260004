import * as z from 'zod';
import { addressSchema, emailSchema } from './contact.ts';
import { localizedTextSchema } from './localized-text.ts';
import { SLUG_PATTERN } from './service.ts';

const keySchema = (example: string) =>
  z.string({ error: `must be a key like ${example}` }).regex(SLUG_PATTERN, {
    error: 'must be lower-case letters, digits and dashes, starting with a letter (2 to 41)',
  });

/** A form of tenants/<slug>/forms/: its file name without `.yaml`. */
const FORM_KEY = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

const wholeNumber = (min: number, max: number) =>
  z
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

/** A commune's service that gives its opinion on events (police, fire service, mobility…). */
const advisoryServiceSchema = z.strictObject({
  key: keySchema('police'),
  name: localizedTextSchema,
  /** Where requests for an opinion are sent. */
  email: emailSchema,
});

const MIME_TYPE = /^[a-z]+\/[a-z0-9.+-]+$/;

const attachmentSchema = z.strictObject({
  key: keySchema('site-plan'),
  label: localizedTextSchema,
  accept: z
    .array(
      z
        .string({ error: 'must be a media type' })
        .regex(MIME_TYPE, { error: 'must be a media type like application/pdf' }),
      {
        error: 'must be a list of media types like [application/pdf, image/jpeg]',
      },
    )
    .min(1, { error: 'must list at least one media type' }),
  maxSizeMb: wholeNumber(1, 50),
});

const eventTypeSchema = z.strictObject({
  key: keySchema('neighbourhood-party'),
  name: localizedTextSchema,
  description: localizedTextSchema,
  /** The key of the form in tenants/<slug>/forms/ the requester fills. */
  form: z
    .string({ error: 'must be the key of a form in forms/' })
    .regex(FORM_KEY, { error: 'must be the key of a form in forms/ (its file name without .yaml)' }),
  attachments: z.array(attachmentSchema, { error: 'must be a list of attachments' }).default([]),
  /** Calendar days (Brussels) between the day of the request and the event's first day, at least. */
  leadTimeDays: wholeNumber(0, 365),
  /** Keys of advisoryServices: that must give an opinion. */
  opinions: z.array(keySchema('police'), { error: 'must be a list of service keys' }).default([]),
  /** Whether an approved event of this type may appear in the open calendar. */
  publicCalendar: z.boolean({ error: 'must be true or false' }),
});

const placeSchema = z.strictObject({
  key: keySchema('place-saint-lambert'),
  /** A proper noun, not translated. */
  name: z
    .string({ error: 'must be the name of the place' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(120, { error: 'must be at most 120 characters' }),
  address: addressSchema,
  /** People it holds at once. */
  capacity: wholeNumber(1, 1_000_000),
});

const equipmentSchema = z.strictObject({
  key: keySchema('nadar-barriers'),
  name: localizedTextSchema,
  /** Units the commune owns and can lend at the same time. */
  stock: wholeNumber(0, 100_000),
});

const duplicateKeys = (
  items: readonly { key: string }[],
  ctx: z.RefinementCtx,
  path: (string | number)[],
) => {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.key))
      ctx.addIssue({
        code: 'custom',
        path: [...path, index, 'key'],
        message: `key "${item.key}" is used twice`,
        params: { code: 'duplicate_key' },
      });
    seen.add(item.key);
  });
};

/** tenants/<slug>/event-types.yaml: what a commune lets people ask permission for, where, and with what. */
export const eventTypesConfigSchema = z
  .strictObject(
    {
      advisoryServices: z.array(advisoryServiceSchema, { error: 'must be a list of services' }).default([]),
      types: z.array(eventTypeSchema, { error: 'must be a list of event types' }),
      places: z.array(placeSchema, { error: 'must be a list of places' }).default([]),
      equipment: z.array(equipmentSchema, { error: 'must be a list of equipment' }).default([]),
    },
    {
      error: (issue) =>
        issue.code === 'invalid_type'
          ? 'must be a map with advisoryServices:, types:, places: and equipment:'
          : undefined,
    },
  )
  .superRefine((config, ctx) => {
    duplicateKeys(config.advisoryServices, ctx, ['advisoryServices']);
    duplicateKeys(config.types, ctx, ['types']);
    duplicateKeys(config.places, ctx, ['places']);
    duplicateKeys(config.equipment, ctx, ['equipment']);
    const services = new Set(config.advisoryServices.map((service) => service.key));
    config.types.forEach((type, index) => {
      duplicateKeys(type.attachments, ctx, ['types', index, 'attachments']);
      type.opinions.forEach((key, opinionIndex) => {
        if (!services.has(key))
          ctx.addIssue({
            code: 'custom',
            path: ['types', index, 'opinions', opinionIndex],
            message: `no service with key "${key}" under advisoryServices:`,
            params: { code: 'unknown_service' },
          });
      });
    });
  });

export type EventTypesConfig = z.output<typeof eventTypesConfigSchema>;
export type EventTypesConfigInput = z.input<typeof eventTypesConfigSchema>;
export type EventType = EventTypesConfig['types'][number];
export type EventPlace = EventTypesConfig['places'][number];
export type EventEquipment = EventTypesConfig['equipment'][number];
export type AdvisoryService = EventTypesConfig['advisoryServices'][number];
