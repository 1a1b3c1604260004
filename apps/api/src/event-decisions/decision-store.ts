import type { EventDecisionOutcome, Transaction } from '@communa/db';
import { eventRequestDecisions } from '@communa/db';
import { and, eq } from 'drizzle-orm';
import type { DecisionView } from './decision-view-schema.ts';

/** A request's decision as requester and staff read it (the letter's bytes are fetched apart). */
export async function decisionOf(
  tx: Transaction,
  tenantId: string,
  requestId: string,
): Promise<DecisionView | null> {
  const [row] = await tx
    .select({
      outcome: eventRequestDecisions.outcome,
      conditions: eventRequestDecisions.conditions,
      motivation: eventRequestDecisions.motivation,
      decidedAt: eventRequestDecisions.decidedAt,
    })
    .from(eventRequestDecisions)
    .where(and(eq(eventRequestDecisions.tenantId, tenantId), eq(eventRequestDecisions.requestId, requestId)));
  return row ? { ...row, decidedAt: row.decidedAt.toISOString(), letter: true } : null;
}

export async function insertDecision(
  tx: Transaction,
  decision: {
    tenantId: string;
    requestId: string;
    outcome: EventDecisionOutcome;
    conditions: string | null;
    motivation: string;
    decidedBy: string;
    decidedAt: Date;
    letterLanguage: string;
    letter: Buffer;
  },
): Promise<void> {
  await tx.insert(eventRequestDecisions).values(decision);
}

/** The letter as issued, with its language; undefined before the decision. */
export async function decisionLetterOf(tx: Transaction, tenantId: string, requestId: string) {
  const [row] = await tx
    .select({ letter: eventRequestDecisions.letter, language: eventRequestDecisions.letterLanguage })
    .from(eventRequestDecisions)
    .where(and(eq(eventRequestDecisions.tenantId, tenantId), eq(eventRequestDecisions.requestId, requestId)));
  return row;
}
