import type { Transaction } from '@communa/db';
import {
  childHouseholds,
  children,
  householdMembers,
  households,
  stageEnrolments,
  stageSessionAnimators,
  stageSessions,
  stages,
  users,
} from '@communa/db';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';

// Every query names the tenant as well: row-level security already confines it, this keeps the
// intent readable and the composite keys usable.

const sessionColumns = {
  id: stageSessions.id,
  key: stageSessions.key,
  days: stageSessions.days,
  firstDay: stageSessions.firstDay,
  startsAt: stageSessions.startsAt,
  endsAt: stageSessions.endsAt,
  minAge: stageSessions.minAge,
  maxAge: stageSessions.maxAge,
  capacity: stageSessions.capacity,
  seatsTaken: stageSessions.seatsTaken,
  stageKey: stages.key,
  stageTitle: stages.title,
  place: stages.place,
  waitlistCount: sql<number>`(select count(*)::int from ${stageEnrolments} e
    where e.tenant_id = ${stageSessions.tenantId} and e.session_id = ${stageSessions.id}
    and e.status = 'waitlisted')`,
};

export type SessionRow = Awaited<ReturnType<typeof listSessions>>[number];

/** The commune's active sessions in programme order; only `animatorUserId`'s when given. */
export function listSessions(tx: Transaction, tenantId: string, animatorUserId?: string) {
  return tx
    .select(sessionColumns)
    .from(stageSessions)
    .innerJoin(stages, and(eq(stages.tenantId, stageSessions.tenantId), eq(stages.id, stageSessions.stageId)))
    .where(
      and(
        eq(stageSessions.tenantId, tenantId),
        eq(stageSessions.active, true),
        eq(stages.active, true),
        animatorUserId === undefined
          ? undefined
          : inArray(
              stageSessions.id,
              tx
                .select({ id: stageSessionAnimators.sessionId })
                .from(stageSessionAnimators)
                .where(
                  and(
                    eq(stageSessionAnimators.tenantId, tenantId),
                    eq(stageSessionAnimators.userId, animatorUserId),
                  ),
                ),
            ),
      ),
    )
    .orderBy(asc(stages.position), asc(stageSessions.position));
}

/** One session of the commune (active or not, since its lists stay useful); undefined otherwise. */
export async function findSession(tx: Transaction, tenantId: string, sessionId: string) {
  const [row] = await tx
    .select(sessionColumns)
    .from(stageSessions)
    .innerJoin(stages, and(eq(stages.tenantId, stageSessions.tenantId), eq(stages.id, stageSessions.stageId)))
    .where(and(eq(stageSessions.tenantId, tenantId), eq(stageSessions.id, sessionId)));
  return row;
}

export async function isAssignedAnimator(
  tx: Transaction,
  tenantId: string,
  sessionId: string,
  userId: string,
): Promise<boolean> {
  const [row] = await tx
    .select({ userId: stageSessionAnimators.userId })
    .from(stageSessionAnimators)
    .where(
      and(
        eq(stageSessionAnimators.tenantId, tenantId),
        eq(stageSessionAnimators.sessionId, sessionId),
        eq(stageSessionAnimators.userId, userId),
      ),
    );
  return row !== undefined;
}

export function sessionAnimators(tx: Transaction, tenantId: string, sessionId: string) {
  return tx
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(stageSessionAnimators)
    .innerJoin(users, eq(users.id, stageSessionAnimators.userId))
    .where(and(eq(stageSessionAnimators.tenantId, tenantId), eq(stageSessionAnimators.sessionId, sessionId)))
    .orderBy(asc(users.name), asc(users.email));
}

export type RosterRow = Awaited<ReturnType<typeof sessionEnrolments>>[number];

/** Every enrolment of the session with its child and household, waitlist order then names. */
export function sessionEnrolments(tx: Transaction, tenantId: string, sessionId: string) {
  return tx
    .select({
      enrolmentId: stageEnrolments.id,
      reference: stageEnrolments.reference,
      status: stageEnrolments.status,
      waitlistPosition: stageEnrolments.waitlistPosition,
      residencyUnconfirmed: stageEnrolments.residencyUnconfirmed,
      enrolledAt: stageEnrolments.createdAt,
      answers: stageEnrolments.answers,
      answersFormKey: stageEnrolments.answersFormKey,
      answersFormVersion: stageEnrolments.answersFormVersion,
      child: {
        id: children.id,
        firstName: children.firstName,
        lastName: children.lastName,
        birthDate: children.birthDate,
      },
      household: {
        id: households.id,
        street: households.street,
        number: households.number,
        box: households.box,
        postalCode: households.postalCode,
        city: households.city,
        residency: households.residency,
        residencyStatus: households.residencyStatus,
      },
    })
    .from(stageEnrolments)
    .innerJoin(
      children,
      and(eq(children.tenantId, stageEnrolments.tenantId), eq(children.id, stageEnrolments.childId)),
    )
    .innerJoin(
      households,
      and(eq(households.tenantId, stageEnrolments.tenantId), eq(households.id, stageEnrolments.householdId)),
    )
    .where(and(eq(stageEnrolments.tenantId, tenantId), eq(stageEnrolments.sessionId, sessionId)))
    .orderBy(
      asc(stageEnrolments.waitlistPosition),
      asc(children.lastName),
      asc(children.firstName),
      asc(stageEnrolments.createdAt),
    );
}

/** The people of the given households (their guardians), by household. */
export async function guardiansOf(tx: Transaction, tenantId: string, householdIds: readonly string[]) {
  if (householdIds.length === 0) return new Map<string, { name: string; email: string }[]>();
  const rows = await tx
    .select({ householdId: householdMembers.householdId, name: users.name, email: users.email })
    .from(householdMembers)
    .innerJoin(users, eq(users.id, householdMembers.userId))
    .where(
      and(eq(householdMembers.tenantId, tenantId), inArray(householdMembers.householdId, [...householdIds])),
    )
    .orderBy(asc(users.email));
  const byHousehold = new Map<string, { name: string; email: string }[]>();
  for (const { householdId, ...person } of rows) {
    byHousehold.set(householdId, [...(byHousehold.get(householdId) ?? []), person]);
  }
  return byHousehold;
}

/** Whether the child belongs to the household (a child may belong to two: separated parents). */
export async function childOfHousehold(
  tx: Transaction,
  tenantId: string,
  householdId: string,
  childId: string,
) {
  const [row] = await tx
    .select({ id: children.id, birthDate: children.birthDate })
    .from(childHouseholds)
    .innerJoin(
      children,
      and(eq(children.tenantId, childHouseholds.tenantId), eq(children.id, childHouseholds.childId)),
    )
    .where(
      and(
        eq(childHouseholds.tenantId, tenantId),
        eq(childHouseholds.householdId, householdId),
        eq(childHouseholds.childId, childId),
      ),
    )
    .for('update', { of: children });
  return row;
}

/**
 * The guardians to write to about a session: every member of every household of each child with
 * an enrolment of the given statuses (a child of separated parents has two), each person once.
 */
export function sessionGuardians(
  tx: Transaction,
  tenantId: string,
  sessionId: string,
  statuses: readonly (typeof stageEnrolments.$inferSelect)['status'][],
) {
  return tx
    .selectDistinct({ userId: users.id, email: users.email, language: users.language })
    .from(stageEnrolments)
    .innerJoin(
      childHouseholds,
      and(
        eq(childHouseholds.tenantId, stageEnrolments.tenantId),
        eq(childHouseholds.childId, stageEnrolments.childId),
      ),
    )
    .innerJoin(
      householdMembers,
      and(
        eq(householdMembers.tenantId, childHouseholds.tenantId),
        eq(householdMembers.householdId, childHouseholds.householdId),
      ),
    )
    .innerJoin(users, eq(users.id, householdMembers.userId))
    .where(
      and(
        eq(stageEnrolments.tenantId, tenantId),
        eq(stageEnrolments.sessionId, sessionId),
        inArray(stageEnrolments.status, [...statuses]),
      ),
    )
    .orderBy(asc(users.id));
}
