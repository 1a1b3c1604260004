import type { EventRequestStatus, Transaction } from '@communa/db';
import {
  associationMembers,
  associations,
  eventRequestEquipment,
  eventRequestEvents,
  eventRequests,
  formUploads,
} from '@communa/db';
import { formatCompanyNumber } from '@communa/forms';
import { and, asc, desc, eq, inArray, or } from 'drizzle-orm';
import { decisionOf } from '../event-decisions/decision-store.ts';
import { enrolmentReference } from '../stages/enrolment-reference.ts';
import type { EventRequestView } from './event-request-schemas.ts';
import { requesterExpectation } from './requester-expectation.ts';

export type EventRequestRow = typeof eventRequests.$inferSelect;

/** The columns a requester's draft sets; the rest is the workflow's. */
export type DraftValues = Pick<
  typeof eventRequests.$inferInsert,
  | 'typeKey'
  | 'title'
  | 'startsAt'
  | 'endsAt'
  | 'placeKey'
  | 'address'
  | 'expectedAttendance'
  | 'public'
  | 'answers'
  | 'associationId'
>;

/** Who made a change; no user for the worker's own steps (closing after the event). */
export type Actor = { kind: 'requester' | 'staff'; userId: string | null };

/** A few tries are plenty: 32⁵ references per commune and year. */
const REFERENCE_TRIES = 5;

/**
 * Writes a draft with its reference (the same shape as enrolments', year of the first day), what it
 * borrows and its first history entry. A reference collision draws again.
 */
export async function insertDraft(
  tx: Transaction,
  input: { tenantId: string; tenantSlug: string; requesterId: string; firstDay: string },
  values: DraftValues,
  equipment: readonly { key: string; quantity: number }[],
): Promise<string> {
  for (let attempt = 0; attempt < REFERENCE_TRIES; attempt += 1) {
    const [row] = await tx
      .insert(eventRequests)
      .values({
        ...values,
        tenantId: input.tenantId,
        requesterId: input.requesterId,
        reference: enrolmentReference(input.tenantSlug, input.firstDay),
        status: 'draft',
      })
      .onConflictDoNothing({ target: [eventRequests.tenantId, eventRequests.reference] })
      .returning({ id: eventRequests.id });
    if (!row) continue;
    await replaceEquipment(tx, input.tenantId, row.id, equipment);
    await recordEvent(tx, input.tenantId, row.id, {
      from: null,
      to: 'draft',
      actor: { kind: 'requester', userId: input.requesterId },
    });
    return row.id;
  }
  throw new Error('no free event request reference after several tries');
}

export async function updateDraft(
  tx: Transaction,
  tenantId: string,
  requestId: string,
  values: DraftValues,
  equipment: readonly { key: string; quantity: number }[],
): Promise<void> {
  await tx
    .update(eventRequests)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(eventRequests.tenantId, tenantId), eq(eventRequests.id, requestId)));
  await replaceEquipment(tx, tenantId, requestId, equipment);
}

async function replaceEquipment(
  tx: Transaction,
  tenantId: string,
  requestId: string,
  equipment: readonly { key: string; quantity: number }[],
): Promise<void> {
  await tx
    .delete(eventRequestEquipment)
    .where(and(eq(eventRequestEquipment.tenantId, tenantId), eq(eventRequestEquipment.requestId, requestId)));
  if (equipment.length > 0)
    await tx.insert(eventRequestEquipment).values(
      equipment.map((line) => ({
        tenantId,
        requestId,
        equipmentKey: line.key,
        quantity: line.quantity,
      })),
    );
}

/** Moves a request to `to` and writes why in its history, in the caller's transaction. */
export async function changeStatus(
  tx: Transaction,
  request: Pick<EventRequestRow, 'tenantId' | 'id' | 'status'>,
  to: EventRequestStatus,
  actor: Actor,
  options: {
    comment?: string | undefined;
    set?: Partial<Pick<EventRequestRow, 'submittedAt' | 'formVersion' | 'answers'>>;
  } = {},
): Promise<void> {
  await tx
    .update(eventRequests)
    .set({ ...options.set, status: to, updatedAt: new Date() })
    .where(and(eq(eventRequests.tenantId, request.tenantId), eq(eventRequests.id, request.id)));
  await recordEvent(tx, request.tenantId, request.id, {
    from: request.status,
    to,
    actor,
    comment: options.comment,
  });
}

async function recordEvent(
  tx: Transaction,
  tenantId: string,
  requestId: string,
  event: {
    from: EventRequestStatus | null;
    to: EventRequestStatus;
    actor: Actor;
    comment?: string | undefined;
  },
): Promise<void> {
  await tx.insert(eventRequestEvents).values({
    tenantId,
    requestId,
    fromStatus: event.from,
    toStatus: event.to,
    actor: event.actor.kind,
    actorUserId: event.actor.userId,
    comment: event.comment ?? null,
  });
}

/**
 * Who may read and act on a request as its requester: the person who made it, and every member of
 * the association it is made on behalf of.
 */
function requestOf(tenantId: string, userId: string) {
  const myAssociations = (tx: Transaction) =>
    tx
      .select({ id: associationMembers.associationId })
      .from(associationMembers)
      .where(and(eq(associationMembers.tenantId, tenantId), eq(associationMembers.userId, userId)));
  return (tx: Transaction) =>
    or(eq(eventRequests.requesterId, userId), inArray(eventRequests.associationId, myAssociations(tx)));
}

/**
 * One request of the commune, locked for the change the caller makes; when a user is given, only
 * one they made or one of an association they belong to.
 */
export async function lockRequest(
  tx: Transaction,
  tenantId: string,
  requestId: string,
  userId?: string,
): Promise<EventRequestRow | undefined> {
  const [row] = await tx
    .select()
    .from(eventRequests)
    .where(
      and(
        eq(eventRequests.tenantId, tenantId),
        eq(eventRequests.id, requestId),
        userId === undefined ? undefined : requestOf(tenantId, userId)(tx),
      ),
    )
    .for('update');
  return row;
}

/** The association a request is made on behalf of, as requesters and staff see it. */
export async function associationOf(tx: Transaction, row: EventRequestRow) {
  if (row.associationId === null) return null;
  const [association] = await tx
    .select({ id: associations.id, name: associations.name, companyNumber: associations.companyNumber })
    .from(associations)
    .where(and(eq(associations.tenantId, row.tenantId), eq(associations.id, row.associationId)));
  if (!association) return null;
  const { companyNumber } = association;
  return {
    ...association,
    companyNumber: companyNumber === null ? null : formatCompanyNumber(companyNumber),
  };
}

/** A request with what it borrows and its history, as its requester and staff read it. */
export async function presentRequest(tx: Transaction, row: EventRequestRow): Promise<EventRequestView> {
  const [equipment, history, association, decision] = await Promise.all([
    tx
      .select({ key: eventRequestEquipment.equipmentKey, quantity: eventRequestEquipment.quantity })
      .from(eventRequestEquipment)
      .where(
        and(eq(eventRequestEquipment.tenantId, row.tenantId), eq(eventRequestEquipment.requestId, row.id)),
      )
      .orderBy(asc(eventRequestEquipment.equipmentKey)),
    tx
      .select()
      .from(eventRequestEvents)
      .where(and(eq(eventRequestEvents.tenantId, row.tenantId), eq(eventRequestEvents.requestId, row.id)))
      .orderBy(asc(eventRequestEvents.createdAt), asc(eventRequestEvents.id)),
    associationOf(tx, row),
    decisionOf(tx, row.tenantId, row.id),
  ]);
  const lastIncomplete = history.findLast((event) => event.toStatus === 'incomplete');
  return {
    id: row.id,
    reference: row.reference,
    type: row.typeKey,
    title: row.title,
    status: row.status,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    place: row.placeKey,
    address: row.address,
    expectedAttendance: row.expectedAttendance,
    equipment,
    answers: row.answers,
    formVersion: row.formVersion,
    public: row.public,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    requestedChanges: row.status === 'incomplete' ? (lastIncomplete?.comment ?? null) : null,
    association,
    expected: requesterExpectation(row.status),
    decision,
    history: history.map((event) => ({
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      actor: event.actor,
      comment: event.comment,
      at: event.createdAt.toISOString(),
    })),
  };
}

/** The requests a person made or shares through an association in one commune, the latest event first. */
export async function listOwnRequests(tx: Transaction, tenantId: string, userId: string) {
  const rows = await tx
    .select({
      id: eventRequests.id,
      reference: eventRequests.reference,
      type: eventRequests.typeKey,
      title: eventRequests.title,
      status: eventRequests.status,
      startsAt: eventRequests.startsAt,
      endsAt: eventRequests.endsAt,
      associationId: associations.id,
      associationName: associations.name,
      companyNumber: associations.companyNumber,
    })
    .from(eventRequests)
    .leftJoin(
      associations,
      and(
        eq(associations.tenantId, eventRequests.tenantId),
        eq(associations.id, eventRequests.associationId),
      ),
    )
    .where(and(eq(eventRequests.tenantId, tenantId), requestOf(tenantId, userId)(tx)))
    .orderBy(desc(eventRequests.startsAt), asc(eventRequests.id));
  return rows.map(({ associationId, associationName, companyNumber, ...row }) => ({
    ...row,
    association:
      associationId === null || associationName === null
        ? null
        : {
            id: associationId,
            name: associationName,
            companyNumber: companyNumber === null ? null : formatCompanyNumber(companyNumber),
          },
  }));
}

/** A file linked to the request at its submission (one of its file answers); undefined for any other id. */
export async function requestUpload(tx: Transaction, tenantId: string, requestId: string, uploadId: string) {
  const [found] = await tx
    .select({ name: formUploads.name, type: formUploads.type, content: formUploads.content })
    .from(formUploads)
    .where(
      and(
        eq(formUploads.tenantId, tenantId),
        eq(formUploads.eventRequestId, requestId),
        eq(formUploads.id, uploadId),
      ),
    );
  return found;
}
