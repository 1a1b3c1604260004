import { z } from '@hono/zod-openapi';
import { CANCELLATION_REASONS } from './cancellation-rules.ts';

export const enrolmentParamsSchema = z.object({
  tenant: z
    .string()
    .max(64)
    .openapi({ param: { name: 'tenant', in: 'path' }, example: 'liege' }),
  enrolmentId: z.uuid().openapi({ param: { name: 'enrolmentId', in: 'path' } }),
});

export const cancellationInputSchema = z
  .strictObject({
    reason: z.enum(CANCELLATION_REASONS).openapi({
      description: 'medical waives the fee where the session allows it (a certificate may be asked for)',
    }),
  })
  .openapi('CancellationRequest');

export const cancellationSchema = z
  .object({
    reason: z.enum(['personal', 'medical', 'offer_declined', 'offer_expired', 'unpaid']),
    feeCents: z.number().int().min(0).openapi({ description: 'What cancelling costs, 0 when free' }),
    creditCents: z
      .number()
      .int()
      .min(0)
      .openapi({ description: 'What is no longer owed, or given back once paid: the price less the fee' }),
    cancelledAt: z.iso.datetime({ offset: true }),
  })
  .openapi('Cancellation');

export const cancelledEnrolmentSchema = z
  .object({ id: z.uuid(), status: z.literal('cancelled'), cancellation: cancellationSchema })
  .openapi('CancelledEnrolment');

export const offerAnswerResultSchema = z
  .object({ id: z.uuid(), status: z.enum(['confirmed', 'cancelled']) })
  .openapi('OfferAnswerResult');

export type CancellationInput = z.infer<typeof cancellationInputSchema>;
