import type { EventOpinionStatus, Transaction } from '@communa/db';
import {
  eventOpinionAttachments,
  eventOpinions,
  eventServiceMembers,
  eventServices,
  eventTypes,
  members,
  users,
} from '@communa/db';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { parseRoles } from '../staff/staff-roles.ts';
import type { RequestScope } from './advisor-scope.ts';
import type { OpinionView } from './opinion-view-schema.ts';

export type OpinionRow = typeof eventOpinions.$inferSelect;

/** The commune's active advisory services, in their configured order. */
export function activeServices(tx: Transaction, tenantId: string) {
  return tx
    .select({ key: eventServices.key, name: eventServices.name, email: eventServices.email })
    .from(eventServices)
    .where(and(eq(eventServices.tenantId, tenantId), eq(eventServices.active, true)))
    .orderBy(asc(eventServices.position));
}

/** The services an event type says must give their opinion. */
export async function servicesOfType(tx: Transaction, tenantId: string, typeKey: string) {
  const [row] = await tx
    .select({ opinions: eventTypes.opinions })
    .from(eventTypes)
    .where(and(eq(eventTypes.tenantId, tenantId), eq(eventTypes.key, typeKey)));
  return row?.opinions ?? [];
}

export async function servicesAsked(tx: Transaction, tenantId: string, requestId: string) {
  const rows = await tx
    .select({ key: eventOpinions.serviceKey })
    .from(eventOpinions)
    .where(and(eq(eventOpinions.tenantId, tenantId), eq(eventOpinions.requestId, requestId)));
  return rows.map((row) => row.key);
}

/** The services asked about a request, with their opinion's status. */
export function opinionStatusesOf(tx: Transaction, tenantId: string, requestId: string) {
  return tx
    .select({ serviceKey: eventOpinions.serviceKey, status: eventOpinions.status })
    .from(eventOpinions)
    .where(and(eq(eventOpinions.tenantId, tenantId), eq(eventOpinions.requestId, requestId)));
}

export async function insertOpinions(
  tx: Transaction,
  input: {
    tenantId: string;
    requestId: string;
    services: readonly string[];
    dueOn: string;
    question: string | undefined;
    requestedBy: string;
  },
): Promise<void> {
  if (input.services.length === 0) return;
  await tx.insert(eventOpinions).values(
    input.services.map((serviceKey) => ({
      tenantId: input.tenantId,
      requestId: input.requestId,
      serviceKey,
      dueOn: input.dueOn,
      question: input.question ?? null,
      requestedBy: input.requestedBy,
    })),
  );
}

/**
 * The people who speak for these services: members holding the service-advisor role and set on
 * the service by an admin. A person in two of the services is listed once per service.
 */
export async function advisorsOf(tx: Transaction, tenantId: string, services: readonly string[]) {
  if (services.length === 0) return [];
  const rows = await tx
    .select({
      serviceKey: eventServiceMembers.serviceKey,
      userId: users.id,
      email: users.email,
      name: users.name,
      language: users.language,
      role: members.role,
    })
    .from(eventServiceMembers)
    .innerJoin(
      members,
      and(
        eq(members.id, eventServiceMembers.memberId),
        eq(members.organizationId, eventServiceMembers.tenantId),
      ),
    )
    .innerJoin(users, eq(users.id, members.userId))
    .where(
      and(eq(eventServiceMembers.tenantId, tenantId), inArray(eventServiceMembers.serviceKey, [...services])),
    )
    .orderBy(asc(eventServiceMembers.serviceKey), asc(users.email));
  return rows.filter((row) => parseRoles(row.role).includes('service-advisor'));
}

/** One service's opinion on a request, locked for the change the caller makes. */
export async function lockOpinion(tx: Transaction, tenantId: string, requestId: string, serviceKey: string) {
  const [row] = await tx
    .select()
    .from(eventOpinions)
    .where(
      and(
        eq(eventOpinions.tenantId, tenantId),
        eq(eventOpinions.requestId, requestId),
        eq(eventOpinions.serviceKey, serviceKey),
      ),
    )
    .for('update');
  return row;
}

export async function recordOpinion(
  tx: Transaction,
  opinion: Pick<OpinionRow, 'tenantId' | 'id'>,
  values: { status: EventOpinionStatus; conditions: string | null; comment: string | null; givenBy: string },
): Promise<void> {
  const now = new Date();
  await tx
    .update(eventOpinions)
    .set({ ...values, givenAt: now, updatedAt: now })
    .where(and(eq(eventOpinions.tenantId, opinion.tenantId), eq(eventOpinions.id, opinion.id)));
}

/** The opinions of a request the scope lets one read, in the services' configured order. */
export async function opinionsOf(
  tx: Transaction,
  tenantId: string,
  requestId: string,
  scope: RequestScope,
  today: string,
): Promise<OpinionView[]> {
  if (scope.kind === 'services' && scope.services.length === 0) return [];
  const rows = await tx
    .select({
      id: eventOpinions.id,
      service: eventOpinions.serviceKey,
      serviceName: eventServices.name,
      status: eventOpinions.status,
      dueOn: eventOpinions.dueOn,
      question: eventOpinions.question,
      requestedAt: eventOpinions.createdAt,
      conditions: eventOpinions.conditions,
      comment: eventOpinions.comment,
      givenAt: eventOpinions.givenAt,
      givenByName: users.name,
      givenByEmail: users.email,
    })
    .from(eventOpinions)
    .innerJoin(
      eventServices,
      and(
        eq(eventServices.tenantId, eventOpinions.tenantId),
        eq(eventServices.key, eventOpinions.serviceKey),
      ),
    )
    .leftJoin(users, eq(users.id, eventOpinions.givenBy))
    .where(
      and(
        eq(eventOpinions.tenantId, tenantId),
        eq(eventOpinions.requestId, requestId),
        scope.kind === 'services' ? inArray(eventOpinions.serviceKey, scope.services) : undefined,
      ),
    )
    .orderBy(asc(eventServices.position));
  const files =
    rows.length === 0
      ? []
      : await tx
          .select({
            id: eventOpinionAttachments.id,
            opinionId: eventOpinionAttachments.opinionId,
            name: eventOpinionAttachments.name,
            type: eventOpinionAttachments.type,
            size: eventOpinionAttachments.size,
            uploadedAt: eventOpinionAttachments.createdAt,
          })
          .from(eventOpinionAttachments)
          .where(
            and(
              eq(eventOpinionAttachments.tenantId, tenantId),
              inArray(
                eventOpinionAttachments.opinionId,
                rows.map((row) => row.id),
              ),
            ),
          )
          .orderBy(asc(eventOpinionAttachments.createdAt), asc(eventOpinionAttachments.id));
  return rows.map(({ id, givenByName, givenByEmail, ...row }) => ({
    ...row,
    overdue: row.status === 'pending' && today > row.dueOn,
    requestedAt: row.requestedAt.toISOString(),
    givenAt: row.givenAt?.toISOString() ?? null,
    givenBy: givenByEmail === null ? null : { name: givenByName ?? '', email: givenByEmail },
    attachments: files
      .filter((file) => file.opinionId === id)
      .map(({ opinionId: _opinion, uploadedAt, ...file }) => ({
        ...file,
        uploadedAt: uploadedAt.toISOString(),
      })),
  }));
}

/** How many files an opinion has, for its limit. */
export async function attachmentCount(tx: Transaction, tenantId: string, opinionId: string) {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(eventOpinionAttachments)
    .where(
      and(eq(eventOpinionAttachments.tenantId, tenantId), eq(eventOpinionAttachments.opinionId, opinionId)),
    );
  return row?.count ?? 0;
}

/**
 * Every advisor set on a service of the commune, with their membership, for the services list; a
 * member who lost the service-advisor role is left out, as they no longer speak for it.
 */
export async function advisorsWithMembers(tx: Transaction, tenantId: string) {
  const rows = await tx
    .select({
      serviceKey: eventServiceMembers.serviceKey,
      memberId: members.id,
      name: users.name,
      email: users.email,
      role: members.role,
    })
    .from(eventServiceMembers)
    .innerJoin(
      members,
      and(
        eq(members.id, eventServiceMembers.memberId),
        eq(members.organizationId, eventServiceMembers.tenantId),
      ),
    )
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(eventServiceMembers.tenantId, tenantId))
    .orderBy(asc(users.email));
  return rows.flatMap(({ role, ...row }) => (parseRoles(role).includes('service-advisor') ? [row] : []));
}
