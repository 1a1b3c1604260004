import { z } from '@hono/zod-openapi';
import { staffRequestParamsSchema } from '../event-staff/event-staff-schemas.ts';
import { memberParamsSchema } from '../staff/staff-schemas.ts';
import { opinionStatusSchema } from './opinion-view-schema.ts';

const serviceKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,40}$/, { error: 'Must be a service key like police' })
  .openapi({ example: 'police' });

export const opinionRequestInputSchema = z
  .strictObject({
    services: z.array(serviceKeySchema).max(20).optional().openapi({
      description: 'The services to ask; by default those the event type lists',
    }),
    dueOn: z.iso
      .date()
      .openapi({ description: 'The day the opinions are due (Brussels)', example: '2027-05-20' }),
    question: z
      .string()
      .trim()
      .min(1)
      .max(4000)
      .optional()
      .openapi({ description: 'What the services should look at, sent to them with the request' }),
  })
  .openapi('EventOpinionRequest');

export const opinionParamsSchema = staffRequestParamsSchema.extend({
  serviceKey: serviceKeySchema.openapi({ param: { name: 'serviceKey', in: 'path' } }),
});

export const opinionAttachmentParamsSchema = opinionParamsSchema.extend({
  attachmentId: z.uuid().openapi({ param: { name: 'attachmentId', in: 'path' } }),
});

const givenStatusSchema = opinionStatusSchema.exclude(['pending']);

export const opinionInputSchema = z
  .strictObject({
    status: givenStatusSchema,
    conditions: z
      .string()
      .trim()
      .min(1)
      .max(4000)
      .optional()
      .openapi({ description: 'Required with favourable-with-conditions, refused otherwise' }),
    comment: z.string().trim().min(1).max(4000).optional().openapi({ description: 'The service’s reasons' }),
  })
  .refine((input) => (input.status === 'favourable-with-conditions') === (input.conditions !== undefined), {
    error: 'Conditions go with favourable-with-conditions, and only with it',
    path: ['conditions'],
  })
  .openapi('EventOpinionInput');

export const opinionAttachmentHeadersSchema = z.object({
  'x-communa-file-name': z
    .string()
    .max(1024)
    .optional()
    .openapi({
      param: { name: 'x-communa-file-name', in: 'header' },
      description: 'The file’s name, percent-encoded (encodeURIComponent); `file` when absent',
    }),
});

export const eventServicesListSchema = z
  .object({
    services: z.array(
      z.object({
        key: z.string(),
        name: z.record(z.string(), z.string()),
        email: z.string(),
        advisors: z.array(z.object({ memberId: z.uuid(), name: z.string(), email: z.string() })),
      }),
    ),
  })
  .openapi('EventServiceList');

export const memberServicesParamsSchema = memberParamsSchema;

export const memberServicesInputSchema = z
  .strictObject({ services: z.array(serviceKeySchema).max(20) })
  .openapi('MemberEventServicesInput');

export const memberServicesSchema = z
  .object({ memberId: z.uuid(), services: z.array(z.string()) })
  .openapi('MemberEventServices');
