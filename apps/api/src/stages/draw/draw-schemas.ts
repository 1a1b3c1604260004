import { z } from '@hono/zod-openapi';
import { refusedSchema } from '../enrolment-schemas.ts';

const pendingChildSchema = z.object({ childId: z.uuid(), status: z.literal('pending_draw') });

/** The answer to a request made in a draw period: one ticket, drawn at `drawAt`. */
export const drawTicketAnswerSchema = z
  .object({
    sessionId: z.uuid(),
    status: z.literal('pending_draw'),
    ticketId: z.uuid().openapi({ description: 'The request’s ticket; siblings asked together share it' }),
    drawAt: z.iso.datetime({ offset: true }).openapi({
      description: 'When the draw runs; seats and waitlist places then come by e-mail and in my enrolments',
    }),
    seedHash: z
      .string()
      .openapi({ description: 'SHA-256 of the draw’s seed (hex), revealed after the draw' }),
    results: z.array(z.discriminatedUnion('status', [pendingChildSchema, refusedSchema])).openapi({
      description: 'One per child, in the order asked: on the ticket, or refused with the reason',
    }),
  })
  .openapi('DrawTicketAnswer');

export type DrawTicketAnswer = z.infer<typeof drawTicketAnswerSchema>;

export const sessionDrawParamsSchema = z.object({
  tenant: z
    .string()
    .max(64)
    .openapi({ param: { name: 'tenant', in: 'path' }, example: 'liege' }),
  sessionId: z
    .uuid()
    .openapi({ param: { name: 'sessionId', in: 'path' }, description: 'As the catalogue gives it' }),
});

const publicTicketSchema = z.object({
  id: z.uuid(),
  children: z.number().int().min(1).openapi({ description: 'How many children share the ticket' }),
  allOrNone: z.boolean(),
  priority: z.boolean().openapi({ description: 'A resident household in a residents’ window: drawn first' }),
  rank: z.number().int().min(1).nullable().openapi({ description: 'Place in the drawn order, once drawn' }),
});

const sessionDrawSchema = z.object({
  window: z.object({
    opensAt: z.iso.datetime({ offset: true }),
    for: z.enum(['residents', 'everyone']),
  }),
  drawAt: z.iso.datetime({ offset: true }),
  seedHash: z
    .string()
    .openapi({ description: 'SHA-256 of the seed’s 32 bytes, hex, published when the window opens' }),
  seed: z
    .string()
    .nullable()
    .openapi({ description: 'The seed (32 bytes, hex), revealed once drawn; null before' }),
  drawnAt: z.iso.datetime({ offset: true }).nullable(),
  prioritised: z
    .boolean()
    .openapi({ description: 'Whether tickets with priority go first (a residents’ window)' }),
  tickets: z.array(publicTicketSchema).openapi({ description: 'Every ticket, by id' }),
});

export const sessionDrawsSchema = z
  .object({ sessionId: z.uuid(), draws: z.array(sessionDrawSchema) })
  .openapi('SessionDraws');

export type SessionDraws = z.infer<typeof sessionDrawsSchema>;
