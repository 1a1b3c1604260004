import type { Transaction } from '@communa/db';
import {
  anyOf,
  childHouseholds,
  children,
  householdMembers,
  households,
  insertFromJson,
  stageEnrolments,
  stageSessions,
  stageSessionWindows,
  stages,
} from '@communa/db';
import type { Column, SQL } from 'drizzle-orm';
import { and, asc, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { LiveEnrolment, SeatCounts } from './enrolment-rules.ts';
import type { EnrolmentWindow } from './stage-rules.ts';

// Every query names the tenant as well: row-level security already confines it, this keeps the
// intent readable and the composite keys usable.

export type EnrolmentSession = NonNullable<Awaited<ReturnType<typeof findOpenableSession>>>;

/** An active session with its windows and its stage's title; undefined for any other id. */
export async function findOpenableSession(tx: Transaction, tenantId: string, sessionId: string) {
  return (await findOpenableSessions(tx, tenantId, [sessionId])).get(sessionId);
}

/** The active sessions among `sessionIds`, with their windows and their stage's title, by id. */
export async function findOpenableSessions(tx: Transaction, tenantId: string, sessionIds: readonly string[]) {
  // Both reads go out together: the windows of an unknown session are simply none.
  const sessionRows = tx
    .select({
      id: stageSessions.id,
      days: stageSessions.days,
      firstDay: stageSessions.firstDay,
      lastDay: stageSessions.lastDay,
      startsAt: stageSessions.startsAt,
      endsAt: stageSessions.endsAt,
      minAge: stageSessions.minAge,
      maxAge: stageSessions.maxAge,
      residentPriceCents: stageSessions.residentPriceCents,
      nonResidentPriceCents: stageSessions.nonResidentPriceCents,
      socialPriceCents: stageSessions.socialPriceCents,
      siblingReductionCents: stageSessions.siblingReductionCents,
      siblingReductionPer: stageSessions.siblingReductionPer,
      allocation: stageSessions.allocation,
      drawMinutes: stageSessions.drawMinutes,
      stageTitle: stages.title,
      questionsFormKey: stages.questionsFormKey,
    })
    .from(stageSessions)
    .innerJoin(stages, and(eq(stages.tenantId, stageSessions.tenantId), eq(stages.id, stageSessions.stageId)))
    .where(
      and(
        eq(stageSessions.tenantId, tenantId),
        anyOf(stageSessions.id, sessionIds),
        eq(stageSessions.active, true),
        eq(stages.active, true),
      ),
    );
  const windowRows = tx
    .select({
      sessionId: stageSessionWindows.sessionId,
      from: stageSessionWindows.opensAt,
      for: stageSessionWindows.audience,
    })
    .from(stageSessionWindows)
    .where(and(eq(stageSessionWindows.tenantId, tenantId), anyOf(stageSessionWindows.sessionId, sessionIds)))
    .orderBy(asc(stageSessionWindows.sessionId), asc(stageSessionWindows.position));
  const [rows, windows] = await Promise.all([sessionRows, windowRows]);
  return new Map(
    rows.map((row) => {
      const own = windows.flatMap(({ sessionId, ...window }): EnrolmentWindow[] =>
        sessionId === row.id ? [window] : [],
      );
      return [row.id, { ...row, windows: own }] as const;
    }),
  );
}

/** The citizen's household in the commune, with its residency; undefined when they have none. */
export async function citizenHousehold(tx: Transaction, tenantId: string, userId: string) {
  return (await citizenHouseholds(tx, tenantId, [userId])).get(userId);
}

/** The households of several citizens of the commune, by user id (none for who has none). */
export async function citizenHouseholds(tx: Transaction, tenantId: string, userIds: readonly string[]) {
  const rows = await tx
    .select({
      userId: householdMembers.userId,
      id: households.id,
      residency: households.residency,
      residencyStatus: households.residencyStatus,
    })
    .from(householdMembers)
    .innerJoin(
      households,
      and(
        eq(households.tenantId, householdMembers.tenantId),
        eq(households.id, householdMembers.householdId),
      ),
    )
    .where(and(eq(householdMembers.tenantId, tenantId), anyOf(householdMembers.userId, userIds)));
  return new Map(rows.map(({ userId, ...household }) => [userId, household] as const));
}

/**
 * Households named by id, or as those the citizens given belong to: a batch names them so, and its
 * locks and reads then go out with its first statements instead of after them.
 */
export type HouseholdsOf = { ids: readonly string[] } | { citizens: readonly string[] };

function inHouseholds(tx: Transaction, tenantId: string, column: Column, households: HouseholdsOf): SQL {
  if ('ids' in households) return anyOf(column, households.ids);
  return inArray(
    column,
    tx
      .select({ id: householdMembers.householdId })
      .from(householdMembers)
      .where(
        and(eq(householdMembers.tenantId, tenantId), anyOf(householdMembers.userId, households.citizens)),
      ),
  );
}

export async function householdResidency(tx: Transaction, tenantId: string, householdId: string) {
  const [row] = await tx
    .select({ residency: households.residency, residencyStatus: households.residencyStatus })
    .from(households)
    .where(and(eq(households.tenantId, tenantId), eq(households.id, householdId)));
  if (!row) throw new Error('the household of a member is gone');
  return row;
}

/**
 * The asked children that belong to the household, locked in id order: two requests for one
 * child (a double click, two parents, two overlapping sessions) then run one after the other, so
 * the checks below see each other's enrolments. Always children first, then the session row.
 * Handed to the connection at once, so the reads started after it run after it.
 */
export function lockChildrenOfHousehold(
  tx: Transaction,
  tenantId: string,
  householdId: string,
  childIds: readonly string[],
) {
  return lockChildrenOfHouseholds(tx, tenantId, { ids: [householdId] }, childIds);
}

/**
 * The asked children of several households, each row with the household it belongs to (a child of
 * separated parents belongs to two), locked in id order (see lockChildrenOfHousehold).
 */
export function lockChildrenOfHouseholds(
  tx: Transaction,
  tenantId: string,
  households: HouseholdsOf,
  childIds: readonly string[],
) {
  return tx
    .select({
      householdId: childHouseholds.householdId,
      id: children.id,
      firstName: children.firstName,
      birthDate: children.birthDate,
    })
    .from(childHouseholds)
    .innerJoin(
      children,
      and(eq(children.tenantId, childHouseholds.tenantId), eq(children.id, childHouseholds.childId)),
    )
    .where(
      and(
        eq(childHouseholds.tenantId, tenantId),
        inHouseholds(tx, tenantId, childHouseholds.householdId, households),
        anyOf(childHouseholds.childId, childIds),
      ),
    )
    .orderBy(asc(children.id))
    .for('update', { of: children })
    .execute();
}

/**
 * The children's enrolments that are not cancelled, in any session, with that session's times.
 * Handed to the connection at once (see lockChildrenOfHousehold).
 */
export function liveEnrolmentsOf(
  tx: Transaction,
  tenantId: string,
  childIds: readonly string[],
): Promise<LiveEnrolment[]> {
  if (childIds.length === 0) return Promise.resolve([]);
  return tx
    .select({
      childId: stageEnrolments.childId,
      sessionId: stageEnrolments.sessionId,
      days: stageSessions.days,
      startsAt: stageSessions.startsAt,
      endsAt: stageSessions.endsAt,
    })
    .from(stageEnrolments)
    .innerJoin(
      stageSessions,
      and(
        eq(stageSessions.tenantId, stageEnrolments.tenantId),
        eq(stageSessions.id, stageEnrolments.sessionId),
      ),
    )
    .where(
      and(
        eq(stageEnrolments.tenantId, tenantId),
        anyOf(stageEnrolments.childId, childIds),
        ne(stageEnrolments.status, 'cancelled'),
      ),
    )
    .execute();
}

/** Whether the child has any enrolment, even cancelled: enrolments keep the child's record. */
export async function childHasEnrolments(
  tx: Transaction,
  tenantId: string,
  childId: string,
): Promise<boolean> {
  const [row] = await tx
    .select({ id: stageEnrolments.id })
    .from(stageEnrolments)
    .where(and(eq(stageEnrolments.tenantId, tenantId), eq(stageEnrolments.childId, childId)))
    .limit(1);
  return row !== undefined;
}

/** How many of the household's children already hold a live enrolment in the session (siblings). */
export async function householdEnrolmentsInSession(
  tx: Transaction,
  tenantId: string,
  householdId: string,
  sessionId: string,
): Promise<number> {
  const [row] = await householdEnrolmentsInSessions(tx, tenantId, { ids: [householdId] }, [sessionId]);
  return row?.n ?? 0;
}

/** Per household and session among those given, its children's live enrolments there (none: no row). */
export function householdEnrolmentsInSessions(
  tx: Transaction,
  tenantId: string,
  households: HouseholdsOf,
  sessionIds: readonly string[],
) {
  return tx
    .select({ householdId: stageEnrolments.householdId, sessionId: stageEnrolments.sessionId, n: count() })
    .from(stageEnrolments)
    .where(
      and(
        eq(stageEnrolments.tenantId, tenantId),
        inHouseholds(tx, tenantId, stageEnrolments.householdId, households),
        anyOf(stageEnrolments.sessionId, sessionIds),
        ne(stageEnrolments.status, 'cancelled'),
      ),
    )
    .groupBy(stageEnrolments.householdId, stageEnrolments.sessionId)
    .execute();
}

/**
 * Takes `seats` seats at once if that many are left: one conditional update, so concurrent
 * requests never take more than the capacity between them.
 */
export async function takeSeats(
  tx: Transaction,
  tenantId: string,
  sessionId: string,
  seats: number,
): Promise<boolean> {
  const taken = await tx
    .update(stageSessions)
    .set({ seatsTaken: sql`${stageSessions.seatsTaken} + ${seats}` })
    .where(
      and(
        eq(stageSessions.tenantId, tenantId),
        eq(stageSessions.id, sessionId),
        sql`${stageSessions.seatsTaken} + ${seats} <= ${stageSessions.capacity}`,
      ),
    )
    .returning({ seatsTaken: stageSessions.seatsTaken });
  return taken.length > 0;
}

/**
 * The session's seat counters, locked until commit: seats are given from them (allocateSeats) and
 * written back (writeSeatCounts), so concurrent requests never take more than the capacity.
 * Handed to the connection at once (see lockChildrenOfHousehold); take the children's locks first.
 */
export async function lockSeatCounts(
  tx: Transaction,
  tenantId: string,
  sessionId: string,
): Promise<SeatCounts> {
  const row = (await lockSeatCountsOf(tx, tenantId, [sessionId])).get(sessionId);
  if (!row) throw new Error('the session of an enrolment is gone');
  return row;
}

/** The seat counters of several sessions, by id, locked in id order (see lockSeatCounts). */
export async function lockSeatCountsOf(
  tx: Transaction,
  tenantId: string,
  sessionIds: readonly string[],
): Promise<Map<string, SeatCounts>> {
  const rows = await tx
    .select({
      id: stageSessions.id,
      capacity: stageSessions.capacity,
      seatsTaken: stageSessions.seatsTaken,
      waitlistTaken: stageSessions.waitlistTaken,
    })
    .from(stageSessions)
    .where(and(eq(stageSessions.tenantId, tenantId), anyOf(stageSessions.id, sessionIds)))
    .orderBy(asc(stageSessions.id))
    .for('update')
    .execute();
  return new Map(rows.map(({ id, ...counts }) => [id, counts] as const));
}

/** Writes back the counters allocateSeats computed from those lockSeatCounts read. */
export function writeSeatCounts(
  tx: Transaction,
  tenantId: string,
  sessionId: string,
  counts: SeatCounts,
): Promise<void> {
  return writeSeatCountsOf(tx, tenantId, new Map([[sessionId, counts]]));
}

/** Writes back several sessions' counters (see writeSeatCounts), in one statement. */
export async function writeSeatCountsOf(
  tx: Transaction,
  tenantId: string,
  counts: ReadonlyMap<string, SeatCounts>,
): Promise<void> {
  const rows = [...counts].map(([id, { seatsTaken, waitlistTaken }]) => ({ id, seatsTaken, waitlistTaken }));
  await tx.execute(sql`
    update ${stageSessions} set seats_taken = v."seatsTaken", waitlist_taken = v."waitlistTaken"
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(id uuid, "seatsTaken" int, "waitlistTaken" int)
    where ${stageSessions.tenantId} = ${tenantId} and ${stageSessions.id} = v.id`);
}

export type NewEnrolment = Omit<
  typeof stageEnrolments.$inferInsert,
  'id' | 'reference' | 'createdAt' | 'updatedAt'
>;

const REFERENCE_ATTEMPTS = 8;

const ENROLMENT_KEYS = [
  'tenantId',
  'sessionId',
  'childId',
  'householdId',
  'enrolledBy',
  'status',
  'waitlistPosition',
  'reference',
  'priceCents',
  'residencyUnconfirmed',
  'answers',
  'answersFormKey',
  'answersFormVersion',
] as const satisfies readonly (keyof typeof stageEnrolments.$inferInsert)[];

/**
 * Inserts an enrolment under a fresh random reference, drawing again on the rare collision (the
 * conflict is on the reference only; a second live enrolment of the child still fails loudly).
 */
export async function insertEnrolment(
  tx: Transaction,
  values: NewEnrolment,
  drawReference: () => string,
): Promise<{ id: string; reference: string }> {
  const [row] = await insertEnrolments(tx, [values], drawReference);
  if (!row) throw new Error('the enrolment was not written');
  return row;
}

/** An enrolment whose id and reference were drawn before it is written. */
export type DrawnEnrolment = NewEnrolment & { id: string; reference: string };

/** The unique constraint a reference drawn again for a batch may meet (see insertDrawnEnrolments). */
export const REFERENCE_CONSTRAINT = 'stage_enrolments_reference';

/**
 * Inserts enrolments whose ids and references were drawn beforehand (distinct among themselves), so
 * the statements that need them (invoices, e-mails, answers) go in the same round trip. A reference
 * already taken fails the statement with REFERENCE_CONSTRAINT, and with it the transaction: the
 * caller runs it again with new draws.
 */
export async function insertDrawnEnrolments(
  tx: Transaction,
  values: readonly DrawnEnrolment[],
): Promise<void> {
  await tx.execute(insertFromJson(stageEnrolments, ['id', ...ENROLMENT_KEYS], values));
}

/**
 * Inserts enrolments (see insertEnrolment) in one statement; their rows in the order given.
 * `drawReference` draws a reference for the value at an index.
 */
export async function insertEnrolments(
  tx: Transaction,
  values: readonly NewEnrolment[],
  drawReference: (index: number) => string,
): Promise<{ id: string; reference: string }[]> {
  const written = new Map<number, { id: string; reference: string }>();
  for (let attempt = 0; attempt < REFERENCE_ATTEMPTS && written.size < values.length; attempt += 1) {
    const pending = values.flatMap((value, index) =>
      written.has(index) ? [] : [{ index, value: { ...value, reference: drawReference(index) } }],
    );
    const rows = await tx.execute<{ id: string; reference: string; childId: string }>(sql`
      ${insertFromJson(
        stageEnrolments,
        ENROLMENT_KEYS,
        pending.map(({ value }) => value),
      )}
      on conflict (tenant_id, reference) do nothing
      returning id, reference, child_id as "childId"`);
    // Two rows of one statement may draw the same reference: the child tells which one was written.
    const byReference = new Map(rows.map((row) => [`${row.reference}/${row.childId}`, row]));
    for (const { index, value } of pending) {
      const row = byReference.get(`${value.reference}/${value.childId}`);
      if (row) written.set(index, { id: row.id, reference: row.reference });
    }
  }
  return values.map((_, index) => {
    const row = written.get(index);
    if (!row) throw new Error('no free enrolment reference after several draws');
    return row;
  });
}

/**
 * The enrolments of the household's children, newest first, with child, session and stage; a
 * child shared with the other parent's household shows the enrolments either parent made.
 */
export function householdEnrolments(tx: Transaction, tenantId: string, householdId: string) {
  return tx
    .select({
      id: stageEnrolments.id,
      reference: stageEnrolments.reference,
      status: stageEnrolments.status,
      waitlistPosition: stageEnrolments.waitlistPosition,
      priceCents: stageEnrolments.priceCents,
      residencyUnconfirmed: stageEnrolments.residencyUnconfirmed,
      offerExpiresAt: stageEnrolments.offerExpiresAt,
      cancelledAt: stageEnrolments.cancelledAt,
      cancellationReason: stageEnrolments.cancellationReason,
      cancellationFeeCents: stageEnrolments.cancellationFeeCents,
      cancellationCreditCents: stageEnrolments.cancellationCreditCents,
      createdAt: stageEnrolments.createdAt,
      child: { id: children.id, firstName: children.firstName, lastName: children.lastName },
      session: {
        id: stageSessions.id,
        key: stageSessions.key,
        days: stageSessions.days,
        startsAt: stageSessions.startsAt,
        endsAt: stageSessions.endsAt,
      },
      stage: { key: stages.key, title: stages.title },
    })
    .from(stageEnrolments)
    .innerJoin(
      childHouseholds,
      and(
        eq(childHouseholds.tenantId, stageEnrolments.tenantId),
        eq(childHouseholds.childId, stageEnrolments.childId),
        eq(childHouseholds.householdId, householdId),
      ),
    )
    .innerJoin(
      children,
      and(eq(children.tenantId, stageEnrolments.tenantId), eq(children.id, stageEnrolments.childId)),
    )
    .innerJoin(
      stageSessions,
      and(
        eq(stageSessions.tenantId, stageEnrolments.tenantId),
        eq(stageSessions.id, stageEnrolments.sessionId),
      ),
    )
    .innerJoin(stages, and(eq(stages.tenantId, stageSessions.tenantId), eq(stages.id, stageSessions.stageId)))
    .where(eq(stageEnrolments.tenantId, tenantId))
    .orderBy(desc(stageEnrolments.createdAt), asc(children.firstName));
}
