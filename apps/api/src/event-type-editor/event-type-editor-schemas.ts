import { z } from '@hono/zod-openapi';
import { eventAddressSchema } from '../events/event-schemas.ts';
import { fieldErrorSchema } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { languageSchema, localizedTextSchema } from '../tenants/public-tenant-schema.ts';

export const typeParamsSchema = tenantParamsSchema.extend({
  typeKey: z
    .string()
    .max(64)
    .openapi({
      param: { name: 'typeKey', in: 'path' },
      example: 'concert',
      description: 'The event type’s key',
    }),
});

const attachmentInputSchema = z
  .strictObject({
    key: z.string().openapi({ example: 'site-plan' }),
    label: localizedTextSchema,
    accept: z.array(z.string()).openapi({ example: ['application/pdf', 'image/jpeg'] }),
    maxSizeMb: z.number().openapi({ description: 'Whole megabytes, 1 to 50' }),
  })
  .openapi('EventAttachmentInput');

/**
 * An event type as in event-types.yaml, without its key (in the path). Values are checked by the
 * file's rules, so that each error comes back with its path (422), not as a malformed request.
 */
export const eventTypeInputSchema = z
  .strictObject({
    name: localizedTextSchema,
    description: localizedTextSchema,
    form: z
      .string()
      .openapi({ description: 'The key of one of the commune’s forms', example: 'event-gathering' }),
    attachments: z.array(attachmentInputSchema),
    leadTimeDays: z.number().openapi({ description: 'Calendar days before the first day, 0 to 365' }),
    opinions: z.array(z.string()).openapi({ description: 'Keys of the services that must give an opinion' }),
    publicCalendar: z.boolean(),
  })
  .openapi('EventTypeInput');

export const newEventTypeInputSchema = eventTypeInputSchema
  .extend({ key: z.string().openapi({ example: 'flea-market' }) })
  .openapi('NewEventTypeInput');

export const eventTypeConfigSchema = eventTypeInputSchema
  .extend({ key: z.string().openapi({ example: 'concert' }) })
  .openapi('EventTypeConfig');

const placeInputSchema = z
  .strictObject({
    key: z.string().openapi({ example: 'place-licourt' }),
    name: z.string().openapi({ example: 'Place Licourt' }),
    address: eventAddressSchema,
    capacity: z.number().openapi({ description: 'People it holds at once' }),
  })
  .openapi('EventPlaceInput');

const equipmentInputSchema = z
  .strictObject({
    key: z.string().openapi({ example: 'nadar-barriers' }),
    name: localizedTextSchema,
    stock: z.number().openapi({ description: 'Units the commune owns' }),
  })
  .openapi('EventEquipmentInput');

export const placesInputSchema = z
  .strictObject({ places: z.array(placeInputSchema) })
  .openapi('EventPlacesInput');

export const equipmentInputListSchema = z
  .strictObject({ equipment: z.array(equipmentInputSchema) })
  .openapi('EventEquipmentInputList');

const warningsSchema = z.array(fieldErrorSchema).openapi({
  description: 'Texts missing in an offered language (`missing_translation`): citizens get the default one',
});

export const editableEventConfigurationSchema = z
  .object({
    languages: z.object({ offered: z.array(languageSchema), default: languageSchema }),
    forms: z
      .array(z.object({ key: z.string(), title: localizedTextSchema }))
      .openapi({ description: 'The commune’s active forms a type may use' }),
    services: z
      .array(z.object({ key: z.string(), name: localizedTextSchema }))
      .openapi({ description: 'The services that give opinions' }),
    types: z.array(eventTypeConfigSchema),
    places: z.array(placeInputSchema),
    equipment: z.array(equipmentInputSchema),
    warnings: warningsSchema,
  })
  .openapi('EditableEventConfiguration');

export const savedEventConfigurationSchema = z
  .object({
    changed: z.boolean().openapi({ description: 'Whether anything was written' }),
    warnings: warningsSchema,
  })
  .openapi('SavedEventConfiguration');

export type EventTypeInput = z.output<typeof eventTypeInputSchema>;
