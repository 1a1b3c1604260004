import { z } from '@hono/zod-openapi';
import { decisionOutcomeSchema } from './decision-view-schema.ts';

export const decisionInputSchema = z
  .strictObject({
    outcome: decisionOutcomeSchema,
    conditions: z
      .string()
      .trim()
      .min(1)
      .max(8000)
      .optional()
      .openapi({
        description:
          'With approved-with-conditions only; when left out, the conditions of the services’ opinions ' +
          '(conditionsFromOpinions) are used',
      }),
    motivation: z.string().trim().min(1).max(8000).openapi({ description: 'Why, as the letter states it' }),
  })
  .refine((input) => input.outcome === 'approved-with-conditions' || input.conditions === undefined, {
    error: 'Only an approval with conditions has conditions',
    path: ['conditions'],
  })
  .openapi('EventDecisionInput');

export const closingInputSchema = z
  .strictObject({ comment: z.string().trim().min(1).max(4000).optional() })
  .openapi('EventRequestClosing');

/** The letter's PDF answer, for the requester and for staff. */
export const decisionLetterResponse = {
  description: 'The decision letter, as a PDF download',
  headers: z.object({ 'Content-Disposition': z.string() }),
  content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
} as const;

/** The letter as issued, as the download both routes answer. */
export function decisionLetterDownload(letter: Buffer, reference: string) {
  return {
    body: new Uint8Array(letter) as Uint8Array<ArrayBuffer>,
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="decision-${reference.replace(/[^A-Za-z0-9-]+/g, '-')}.pdf"`,
      'cache-control': 'no-store',
    },
  };
}
