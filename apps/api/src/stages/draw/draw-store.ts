import { randomBytes } from 'node:crypto';
import type { Transaction } from '@communa/db';
import { stageDraws, stageDrawTickets, stageSessions, users } from '@communa/db';
import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import { seedHashOf } from './draw-order.ts';

export type StageDraw = typeof stageDraws.$inferSelect;

const drawOfWindow = (tenantId: string, sessionId: string, windowPosition: number) =>
  and(
    eq(stageDraws.tenantId, tenantId),
    eq(stageDraws.sessionId, sessionId),
    eq(stageDraws.windowPosition, windowPosition),
  );

/**
 * The draw of a session's window, its seed drawn now if this is the first time anyone needs it (the
 * window has opened): a concurrent first request finds the same row. Locked for share until commit,
 * so the draw cannot run while a ticket of this transaction is still uncommitted.
 */
export async function openDraw(
  tx: Transaction,
  target: { tenantId: string; sessionId: string; windowPosition: number; drawAt: Date },
): Promise<StageDraw> {
  const seed = randomBytes(32).toString('hex');
  await tx
    .insert(stageDraws)
    .values({ ...target, seed, seedHash: seedHashOf(seed) })
    .onConflictDoNothing({ target: [stageDraws.tenantId, stageDraws.sessionId, stageDraws.windowPosition] });
  const [draw] = await tx
    .select()
    .from(stageDraws)
    .where(drawOfWindow(target.tenantId, target.sessionId, target.windowPosition))
    .for('share');
  if (!draw) throw new Error('a draw just written is gone');
  return draw;
}

/** The session's draws in window order (none before its first draw window opens). */
export function sessionDraws(tx: Transaction, tenantId: string, sessionId: string): Promise<StageDraw[]> {
  return tx
    .select()
    .from(stageDraws)
    .where(and(eq(stageDraws.tenantId, tenantId), eq(stageDraws.sessionId, sessionId)))
    .orderBy(asc(stageDraws.windowPosition));
}

/**
 * The session's draws whose time has come and that have not run, locked for update: a concurrent
 * caller waits here, then finds them drawn and skips them.
 */
export function dueDraws(tx: Transaction, tenantId: string, sessionId: string, now: Date) {
  return tx
    .select()
    .from(stageDraws)
    .where(
      and(
        eq(stageDraws.tenantId, tenantId),
        eq(stageDraws.sessionId, sessionId),
        isNull(stageDraws.drawnAt),
        lte(stageDraws.drawAt, now),
      ),
    )
    .orderBy(asc(stageDraws.windowPosition))
    .for('update');
}

export function markDrawn(tx: Transaction, draw: StageDraw, now: Date) {
  return tx
    .update(stageDraws)
    .set({ drawnAt: now, updatedAt: now })
    .where(and(eq(stageDraws.tenantId, draw.tenantId), eq(stageDraws.id, draw.id)));
}

export type NewDrawTicket = Omit<
  typeof stageDrawTickets.$inferInsert,
  'id' | 'rank' | 'createdAt' | 'updatedAt'
>;

export async function insertTicket(tx: Transaction, values: NewDrawTicket): Promise<string> {
  const [row] = await tx.insert(stageDrawTickets).values(values).returning({ id: stageDrawTickets.id });
  if (!row) throw new Error('a ticket was not written');
  return row.id;
}

/** Which of these children already hold a ticket in the draw. */
export async function childrenWithTicket(
  tx: Transaction,
  tenantId: string,
  drawId: string,
  childIds: readonly string[],
): Promise<Set<string>> {
  const rows = await tx
    .select({ childIds: stageDrawTickets.childIds })
    .from(stageDrawTickets)
    .where(
      and(
        eq(stageDrawTickets.tenantId, tenantId),
        eq(stageDrawTickets.drawId, drawId),
        sql`${stageDrawTickets.childIds} && ${sql.param([...childIds])}::uuid[]`,
      ),
    );
  const asked = new Set(childIds);
  return new Set(rows.flatMap((row) => row.childIds.filter((id) => asked.has(id))));
}

/** A draw's tickets with who asked (for the e-mail), in id order. */
export function drawTickets(tx: Transaction, tenantId: string, drawId: string) {
  return tx
    .select({
      id: stageDrawTickets.id,
      householdId: stageDrawTickets.householdId,
      requestedBy: stageDrawTickets.requestedBy,
      childIds: stageDrawTickets.childIds,
      allOrNone: stageDrawTickets.allOrNone,
      priority: stageDrawTickets.priority,
      residencyUnconfirmed: stageDrawTickets.residencyUnconfirmed,
      rank: stageDrawTickets.rank,
      answers: stageDrawTickets.answers,
      answersFormKey: stageDrawTickets.answersFormKey,
      answersFormVersion: stageDrawTickets.answersFormVersion,
      requester: { email: users.email, language: users.language },
    })
    .from(stageDrawTickets)
    .leftJoin(users, eq(users.id, stageDrawTickets.requestedBy))
    .where(and(eq(stageDrawTickets.tenantId, tenantId), eq(stageDrawTickets.drawId, drawId)))
    .orderBy(asc(stageDrawTickets.id));
}

/** Records each ticket's place in the drawn order (1 first), in one statement. */
export async function setRanks(tx: Transaction, tenantId: string, orderedIds: readonly string[]) {
  if (orderedIds.length === 0) return;
  await tx.execute(sql`
    update ${stageDrawTickets} set rank = drawn.rank, updated_at = now()
    from unnest(${sql.param([...orderedIds])}::uuid[]) with ordinality as drawn(id, rank)
    where ${stageDrawTickets.tenantId} = ${tenantId} and ${stageDrawTickets.id} = drawn.id`);
}

/** The session row locked for the draw: seats left and the next waitlist position. */
export async function lockSessionSeats(tx: Transaction, tenantId: string, sessionId: string) {
  const [row] = await tx
    .select({
      capacity: stageSessions.capacity,
      seatsTaken: stageSessions.seatsTaken,
      waitlistTaken: stageSessions.waitlistTaken,
    })
    .from(stageSessions)
    .where(and(eq(stageSessions.tenantId, tenantId), eq(stageSessions.id, sessionId)))
    .for('update');
  if (!row) throw new Error('the session of a draw is gone');
  return row;
}

/** Adds the drawn seats and waitlist places to the session's counts, never beyond capacity. */
export async function addDrawnCounts(
  tx: Transaction,
  tenantId: string,
  sessionId: string,
  counts: { seats: number; waitlisted: number },
) {
  const updated = await tx
    .update(stageSessions)
    .set({
      seatsTaken: sql`${stageSessions.seatsTaken} + ${counts.seats}`,
      waitlistTaken: sql`${stageSessions.waitlistTaken} + ${counts.waitlisted}`,
    })
    .where(
      and(
        eq(stageSessions.tenantId, tenantId),
        eq(stageSessions.id, sessionId),
        sql`${stageSessions.seatsTaken} + ${counts.seats} <= ${stageSessions.capacity}`,
      ),
    )
    .returning({ id: stageSessions.id });
  if (updated.length === 0) throw new Error('a draw would have confirmed beyond capacity');
}
