import type { EventRequestStatus, Transaction } from '@communa/db';
import { eventRequests, users } from '@communa/db';
import { and, asc, eq, gte, ne } from 'drizzle-orm';
import type { EventRequestRow } from '../event-requests/event-request-store.ts';
import { presentRequest } from '../event-requests/event-request-store.ts';

/** Who asked, for the file; null once the account is erased. */
export async function requesterOf(tx: Transaction, row: Pick<EventRequestRow, 'requesterId'>) {
  if (row.requesterId === null) return null;
  const [user] = await tx
    .select({ name: users.name, email: users.email, language: users.language })
    .from(users)
    .where(eq(users.id, row.requesterId));
  return user ?? null;
}

export async function presentForStaff(tx: Transaction, row: EventRequestRow) {
  const [view, requester] = await Promise.all([presentRequest(tx, row), requesterOf(tx, row)]);
  return { ...view, requester: requester && { name: requester.name, email: requester.email } };
}

/** A commune's submitted requests (never drafts), soonest event first, filtered as asked. */
export async function listForStaff(
  tx: Transaction,
  tenantId: string,
  filter: { status?: EventRequestStatus | undefined; type?: string | undefined; from?: Date | undefined },
) {
  const rows = await tx
    .select({
      id: eventRequests.id,
      reference: eventRequests.reference,
      type: eventRequests.typeKey,
      title: eventRequests.title,
      status: eventRequests.status,
      startsAt: eventRequests.startsAt,
      endsAt: eventRequests.endsAt,
      place: eventRequests.placeKey,
      submittedAt: eventRequests.submittedAt,
      requesterName: users.name,
      requesterEmail: users.email,
    })
    .from(eventRequests)
    .leftJoin(users, eq(users.id, eventRequests.requesterId))
    .where(
      and(
        eq(eventRequests.tenantId, tenantId),
        ne(eventRequests.status, 'draft'),
        filter.status === undefined ? undefined : eq(eventRequests.status, filter.status),
        filter.type === undefined ? undefined : eq(eventRequests.typeKey, filter.type),
        filter.from === undefined ? undefined : gte(eventRequests.endsAt, filter.from),
      ),
    )
    .orderBy(asc(eventRequests.startsAt), asc(eventRequests.id))
    .limit(500);
  return rows.map(({ requesterName, requesterEmail, ...row }) => ({
    ...row,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    requester: requesterEmail === null ? null : { name: requesterName ?? '', email: requesterEmail },
  }));
}
