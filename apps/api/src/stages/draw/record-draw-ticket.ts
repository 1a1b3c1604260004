import type { Transaction } from '@communa/db';
import type { EnrolmentOutcome } from '../enrol-children.ts';
import type { EnrolmentInput } from '../enrolment-schemas.ts';
import type { StageAnswers } from '../stage-questions.ts';
import type { DrawTicketAnswer } from './draw-schemas.ts';
import type { StageDraw } from './draw-store.ts';
import { insertTicket } from './draw-store.ts';

/**
 * Records a request made in a draw period as one ticket holding its accepted children (so siblings
 * asked together stay together), and answers each of them pending the draw; refused children keep
 * their refusal and are not on the ticket.
 */
export async function recordDrawTicket(
  tx: Transaction,
  draw: StageDraw,
  outcome: Extract<EnrolmentOutcome, { kind: 'draw_pending' }>,
  request: {
    input: EnrolmentInput;
    answers: StageAnswers | undefined;
    householdId: string;
    userId: string;
    resident: boolean;
    residentsWindow: boolean;
  },
): Promise<DrawTicketAnswer> {
  const ticketId = await insertTicket(tx, {
    tenantId: draw.tenantId,
    drawId: draw.id,
    householdId: request.householdId,
    requestedBy: request.userId,
    childIds: outcome.accepted.map((child) => child.childId),
    allOrNone: request.input.allOrNone,
    priority: request.resident && request.residentsWindow,
    residencyUnconfirmed: outcome.residencyUnconfirmed,
    ...ticketAnswers(request.answers, outcome.accepted),
  });
  return {
    sessionId: draw.sessionId,
    status: 'pending_draw',
    ticketId,
    drawAt: draw.drawAt.toISOString(),
    seedHash: draw.seedHash,
    results: request.input.childIds.map(
      (childId) => outcome.refused.get(childId) ?? { childId, status: 'pending_draw' as const },
    ),
  };
}

/** The accepted children's answers, kept on the ticket until the draw enrols them. */
function ticketAnswers(answers: StageAnswers | undefined, accepted: readonly { childId: string }[]) {
  if (answers === undefined) return {};
  return {
    answers: Object.fromEntries(
      accepted.flatMap(({ childId }) => {
        const childAnswers = answers.byChild.get(childId);
        return childAnswers === undefined ? [] : [[childId, childAnswers] as const];
      }),
    ),
    answersFormKey: answers.formKey,
    answersFormVersion: answers.formVersion,
  };
}
