import { EVENT_OPINION_STATUSES } from '@communa/db';
import { z } from '@hono/zod-openapi';

export const opinionStatusSchema = z.enum(EVENT_OPINION_STATUSES).openapi('EventOpinionStatus');

export const opinionAttachmentSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    type: z.string().openapi({ example: 'application/pdf' }),
    size: z.number().int(),
    uploadedAt: z.iso.datetime(),
  })
  .openapi('EventOpinionAttachment');

/** One service's opinion on a request, as staff read it. */
export const opinionViewSchema = z
  .object({
    service: z.string().openapi({ example: 'police' }),
    serviceName: z.record(z.string(), z.string()).openapi({ description: 'The service’s name per language' }),
    status: opinionStatusSchema,
    dueOn: z.iso.date(),
    overdue: z.boolean().openapi({ description: 'Still pending after its due date (Brussels)' }),
    question: z
      .string()
      .nullable()
      .openapi({ description: 'What the reviewer asked the service to look at' }),
    requestedAt: z.iso.datetime(),
    conditions: z.string().nullable(),
    comment: z.string().nullable(),
    givenAt: z.iso.datetime().nullable(),
    givenBy: z.object({ name: z.string(), email: z.string() }).nullable(),
    attachments: z.array(opinionAttachmentSchema),
  })
  .openapi('EventOpinion');

export type OpinionView = z.output<typeof opinionViewSchema>;
