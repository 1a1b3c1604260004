import { EVENT_DECISION_OUTCOMES } from '@communa/db';
import { z } from '@hono/zod-openapi';

export const decisionOutcomeSchema = z.enum(EVENT_DECISION_OUTCOMES).openapi('EventDecisionOutcome');

/** The commune's decision on a request, as its requester and staff read it. */
export const decisionViewSchema = z
  .object({
    outcome: decisionOutcomeSchema,
    conditions: z.string().nullable().openapi({ description: 'The conditions the permit is granted under' }),
    motivation: z.string(),
    decidedAt: z.iso.datetime(),
    letter: z
      .boolean()
      .openapi({ description: 'Whether the decision letter (PDF) can be downloaded (…/decision-letter)' }),
  })
  .openapi('EventDecision');

export type DecisionView = z.output<typeof decisionViewSchema>;
