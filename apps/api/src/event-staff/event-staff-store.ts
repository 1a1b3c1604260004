import type { EventRequestStatus, Transaction } from '@communa/db';
import {
  eventEquipment,
  eventOpinions,
  eventRequestEquipment,
  eventRequests,
  eventTypes,
  formDefinitions,
  users,
} from '@communa/db';
import type { SQL } from 'drizzle-orm';
import { and, asc, count, eq, exists, gt, gte, ilike, inArray, lt, ne, or, sql } from 'drizzle-orm';
import type { RequestScope } from '../event-opinions/advisor-scope.ts';
import { opinionsOf } from '../event-opinions/event-opinion-store.ts';
import { conditionsFromOpinions } from '../event-opinions/opinion-rules.ts';
import type { EventRequestRow } from '../event-requests/event-request-store.ts';
import { presentRequest } from '../event-requests/event-request-store.ts';
import type { TimeRange } from '../events/event-rules.ts';
import { HOLDING_STATUSES } from '../events/event-rules.ts';
import { brusselsToday } from '../households/child-rules.ts';
import { calendarFlags } from './calendar-flags.ts';

/** Who asked, for the file; null once the account is erased. */
export async function requesterOf(tx: Transaction, row: Pick<EventRequestRow, 'requesterId'>) {
  if (row.requesterId === null) return null;
  const [user] = await tx
    .select({ name: users.name, email: users.email, language: users.language })
    .from(users)
    .where(eq(users.id, row.requesterId));
  return user ?? null;
}

/** The form definition the answers were given to, to label them; null before a submission fixed one. */
async function definitionOf(tx: Transaction, row: EventRequestRow): Promise<Record<string, unknown> | null> {
  if (row.formVersion === null) return null;
  const [definition] = await tx
    .select({ definition: formDefinitions.definition })
    .from(formDefinitions)
    .innerJoin(
      eventTypes,
      and(eq(eventTypes.tenantId, formDefinitions.tenantId), eq(eventTypes.formKey, formDefinitions.formKey)),
    )
    .where(
      and(
        eq(formDefinitions.tenantId, row.tenantId),
        eq(eventTypes.key, row.typeKey),
        eq(formDefinitions.version, row.formVersion),
      ),
    )
    .limit(1);
  return definition?.definition ?? null;
}

export async function presentForStaff(
  tx: Transaction,
  row: EventRequestRow,
  scope: RequestScope,
  fallbackLanguage: string,
) {
  const [view, requester, definition, opinions] = await Promise.all([
    presentRequest(tx, row),
    requesterOf(tx, row),
    definitionOf(tx, row),
    opinionsOf(tx, row.tenantId, row.id, scope, brusselsToday(new Date())),
  ]);
  return {
    ...view,
    requester: requester && { name: requester.name, email: requester.email },
    definition,
    opinions,
    conditionsFromOpinions: conditionsFromOpinions(
      opinions.map((opinion) => ({
        ...opinion,
        serviceName: opinion.serviceName[fallbackLanguage] ?? opinion.service,
      })),
    ),
  };
}

/** Requests an opinion was asked of one of the scope's services about (none for an empty scope). */
function askedOf(tx: Transaction, services: readonly string[]): SQL {
  if (services.length === 0) return sql`false`;
  return exists(
    tx
      .select({ id: eventOpinions.id })
      .from(eventOpinions)
      .where(
        and(
          eq(eventOpinions.tenantId, eventRequests.tenantId),
          eq(eventOpinions.requestId, eventRequests.id),
          inArray(eventOpinions.serviceKey, [...services]),
        ),
      ),
  );
}

/** Whether the scope lets one read this request: always for the whole commune, else if asked of one's service. */
export async function inScope(tx: Transaction, row: EventRequestRow, scope: RequestScope): Promise<boolean> {
  if (scope.kind === 'all') return true;
  if (scope.services.length === 0) return false;
  const [asked] = await tx
    .select({ id: eventOpinions.id })
    .from(eventOpinions)
    .where(
      and(
        eq(eventOpinions.tenantId, row.tenantId),
        eq(eventOpinions.requestId, row.id),
        inArray(eventOpinions.serviceKey, scope.services),
      ),
    )
    .limit(1);
  return asked !== undefined;
}

export interface StaffListFilter {
  status?: EventRequestStatus | undefined;
  type?: string | undefined;
  /** Events still on at this instant or later. */
  from?: Date | undefined;
  /** Events starting before this instant. */
  before?: Date | undefined;
  place?: string | undefined;
  q?: string | undefined;
}

/** The submitted requests the scope reads per status, whatever a list's filter. */
export async function countsForStaff(tx: Transaction, tenantId: string, scope: RequestScope) {
  const rows = await tx
    .select({ status: eventRequests.status, count: count() })
    .from(eventRequests)
    .where(
      and(
        eq(eventRequests.tenantId, tenantId),
        ne(eventRequests.status, 'draft'),
        scope.kind === 'all' ? undefined : askedOf(tx, scope.services),
      ),
    )
    .groupBy(eventRequests.status);
  return Object.fromEntries(rows.map((row) => [row.status, row.count]));
}

/**
 * A commune's submitted requests (never drafts) the scope reads, soonest event first, filtered as
 * asked.
 */
export async function listForStaff(
  tx: Transaction,
  tenantId: string,
  filter: StaffListFilter,
  scope: RequestScope,
) {
  const pattern = filter.q === undefined ? undefined : `%${filter.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
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
        filter.before === undefined ? undefined : lt(eventRequests.startsAt, filter.before),
        filter.place === undefined ? undefined : eq(eventRequests.placeKey, filter.place),
        scope.kind === 'all' ? undefined : askedOf(tx, scope.services),
        pattern === undefined
          ? undefined
          : or(
              ilike(eventRequests.reference, pattern),
              ilike(eventRequests.title, pattern),
              ilike(users.name, pattern),
              ilike(users.email, pattern),
            ),
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

/** A calendar answer holds at most this many requests; a commune has far fewer in two months. */
const CALENDAR_LIMIT = 1000;

async function holdingIn(tx: Transaction, tenantId: string, range: TimeRange) {
  const rows = await tx
    .select({
      id: eventRequests.id,
      reference: eventRequests.reference,
      type: eventRequests.typeKey,
      title: eventRequests.title,
      status: eventRequests.status,
      startsAt: eventRequests.startsAt,
      endsAt: eventRequests.endsAt,
      placeKey: eventRequests.placeKey,
    })
    .from(eventRequests)
    .where(
      and(
        eq(eventRequests.tenantId, tenantId),
        inArray(eventRequests.status, [...HOLDING_STATUSES]),
        lt(eventRequests.startsAt, range.endsAt),
        gt(eventRequests.endsAt, range.startsAt),
      ),
    )
    .orderBy(asc(eventRequests.startsAt), asc(eventRequests.id))
    .limit(CALENDAR_LIMIT);
  const lines =
    rows.length === 0
      ? []
      : await tx
          .select()
          .from(eventRequestEquipment)
          .where(
            and(
              eq(eventRequestEquipment.tenantId, tenantId),
              inArray(
                eventRequestEquipment.requestId,
                rows.map((row) => row.id),
              ),
            ),
          )
          .orderBy(asc(eventRequestEquipment.equipmentKey));
  return rows.map((row) => ({
    ...row,
    equipment: new Map(
      lines.filter((line) => line.requestId === row.id).map((line) => [line.equipmentKey, line.quantity]),
    ),
  }));
}

/**
 * The requests holding a place or equipment at some instant of `range` (submitted to approved), with
 * their clashes and over-allocated equipment. Those flags are computed against every request
 * overlapping any of them, even one outside the range, so an event across its edge is judged whole.
 */
export async function calendarForStaff(tx: Transaction, tenantId: string, range: TimeRange) {
  const shown = await holdingIn(tx, tenantId, range);
  if (shown.length === 0) return [];
  const span = {
    startsAt: new Date(Math.min(...shown.map((row) => row.startsAt.getTime()))),
    endsAt: new Date(Math.max(...shown.map((row) => row.endsAt.getTime()))),
  };
  const [around, stock] = await Promise.all([
    span.startsAt < range.startsAt || span.endsAt > range.endsAt ? holdingIn(tx, tenantId, span) : shown,
    tx
      .select({ key: eventEquipment.key, stock: eventEquipment.stock })
      .from(eventEquipment)
      .where(and(eq(eventEquipment.tenantId, tenantId), eq(eventEquipment.active, true))),
  ]);
  const flags = calendarFlags(around, new Map(stock.map((row) => [row.key, row.stock])));
  const byId = new Map(around.map((row) => [row.id, row]));
  return shown.map(({ placeKey, equipment, startsAt, endsAt, ...row }) => {
    const flag = flags.get(row.id);
    return {
      ...row,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      place: placeKey,
      equipment: [...equipment].map(([key, quantity]) => ({ key, quantity })),
      clashes: (flag?.clashesWith ?? []).flatMap((id) => {
        const other = byId.get(id);
        return other ? [{ id, reference: other.reference, title: other.title }] : [];
      }),
      overAllocated: flag?.overAllocated ?? [],
    };
  });
}
