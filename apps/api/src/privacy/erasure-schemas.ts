import { z } from '@hono/zod-openapi';

export const erasureRequestAcceptedSchema = z
  .object({
    requestedAt: z.iso.datetime().openapi({ example: '2026-07-01T08:30:00.000Z' }),
  })
  .openapi('ErasureRequestAccepted');
