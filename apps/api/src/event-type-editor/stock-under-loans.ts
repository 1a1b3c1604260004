import type { Transaction } from '@communa/db';
import { stockShortfalls } from '../events/event-rules.ts';
import { heldRequests } from '../events/event-store.ts';
import { ProblemError } from '../problems/problem.ts';
import { eventTypeEditorProblems } from './errors.ts';

/**
 * 409 naming the equipment whose lowered stock is less than what held requests (asked for, not yet
 * refused, withdrawn or over) borrow at the same time: they were promised those units.
 */
export async function refuseStockUnderLoans(
  tx: Transaction,
  tenantId: string,
  before: readonly { key: string; stock: number }[],
  after: readonly { key: string; stock: number }[],
  now: Date,
): Promise<void> {
  const previous = new Map(before.map((item) => [item.key, item.stock]));
  const lowered = new Map(
    after.flatMap((item) =>
      item.stock < (previous.get(item.key) ?? 0) ? [[item.key, item.stock] as const] : [],
    ),
  );
  if (lowered.size === 0) return;
  const held = await heldRequests(tx, tenantId, { startsAt: now, endsAt: FAR_FUTURE });
  const short = stockShortfalls(lowered, held);
  if (short.length === 0) return;
  throw new ProblemError(
    eventTypeEditorProblems.equipmentStockInUse,
    short.map(({ key, borrowed }) => `${key}: ${borrowed} borrowed at once`).join(', '),
    short.map(({ key, borrowed }) => ({
      path: `equipment.${after.findIndex((item) => item.key === key)}.stock`,
      code: eventTypeEditorProblems.equipmentStockInUse.code,
      message: `Open requests borrow ${borrowed} at once: the stock must stay at least ${borrowed}`,
    })),
  );
}

/** Later than any event's end. */
const FAR_FUTURE = new Date('9999-12-31T00:00:00Z');
