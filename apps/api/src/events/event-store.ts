import type { Database, Transaction } from '@communa/db';
import {
  eventEquipment,
  eventPlaces,
  eventRequestEquipment,
  eventRequests,
  eventTypes,
  withTenant,
} from '@communa/db';
import { fillTranslations } from '@communa/tenant-config';
import { and, asc, eq, gt, inArray, lt } from 'drizzle-orm';
import type { ResolvedTenant } from '../tenants/tenant-directory.ts';
import type { HeldRequest, TimeRange } from './event-rules.ts';
import { HOLDING_STATUSES } from './event-rules.ts';

/** What the public calendar shows: decided in favour, and the requester asked for it. */
const PUBLISHED_STATUSES = ['approved', 'approved-with-conditions'] as const;

const filler = (tenant: ResolvedTenant) => (text: Record<string, string>) =>
  fillTranslations(text, tenant.publicConfig.languages);

/** A commune's active event types, in configured order, texts in every offered language. */
export function readEventTypes(db: Database, tenant: ResolvedTenant) {
  const fill = filler(tenant);
  return withTenant(db, tenant.id, async (tx) => {
    const rows = await tx
      .select()
      .from(eventTypes)
      .where(and(eq(eventTypes.tenantId, tenant.id), eq(eventTypes.active, true)))
      .orderBy(asc(eventTypes.position));
    return rows.map((row) => ({
      key: row.key,
      name: fill(row.name),
      description: fill(row.description),
      form: row.formKey,
      leadTimeDays: row.leadTimeDays,
      attachments: row.attachments.map((attachment) => ({ ...attachment, label: fill(attachment.label) })),
      publicCalendar: row.publicCalendar,
    }));
  });
}

export function readEventPlaces(db: Database, tenant: ResolvedTenant) {
  return withTenant(db, tenant.id, (tx) =>
    tx
      .select({
        key: eventPlaces.key,
        name: eventPlaces.name,
        address: eventPlaces.address,
        capacity: eventPlaces.capacity,
      })
      .from(eventPlaces)
      .where(and(eq(eventPlaces.tenantId, tenant.id), eq(eventPlaces.active, true)))
      .orderBy(asc(eventPlaces.position)),
  );
}

export function readEventEquipment(db: Database, tenant: ResolvedTenant) {
  const fill = filler(tenant);
  return withTenant(db, tenant.id, async (tx) => {
    const rows = await tx
      .select({ key: eventEquipment.key, name: eventEquipment.name, stock: eventEquipment.stock })
      .from(eventEquipment)
      .where(and(eq(eventEquipment.tenantId, tenant.id), eq(eventEquipment.active, true)))
      .orderBy(asc(eventEquipment.position));
    return rows.map((row) => ({ ...row, name: fill(row.name) }));
  });
}

export type HeldRequestWithUse = HeldRequest & {
  id: string;
  placeKey: string | null;
  equipment: Map<string, number>;
};

/** The requests holding a place or equipment at some instant of `range`, with what they borrow. */
export function readHeldRequests(
  db: Database,
  tenantId: string,
  range: TimeRange,
): Promise<HeldRequestWithUse[]> {
  return withTenant(db, tenantId, (tx) => heldRequests(tx, tenantId, range));
}

/** As readHeldRequests, inside a transaction already bound to the commune. */
export async function heldRequests(
  tx: Transaction,
  tenantId: string,
  range: TimeRange,
): Promise<HeldRequestWithUse[]> {
  const requests = await tx
    .select({
      id: eventRequests.id,
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
    );
  const lines =
    requests.length === 0
      ? []
      : await tx
          .select()
          .from(eventRequestEquipment)
          .where(
            and(
              eq(eventRequestEquipment.tenantId, tenantId),
              inArray(
                eventRequestEquipment.requestId,
                requests.map((request) => request.id),
              ),
            ),
          );
  return requests.map(({ id, ...request }) => ({
    id,
    ...request,
    equipment: new Map(
      lines.filter((line) => line.requestId === id).map((line) => [line.equipmentKey, line.quantity]),
    ),
  }));
}

/**
 * Approved events the requester made public, of a type that may be published, that are still on at
 * some instant of `range`, in start order. Nothing about who asked.
 */
export function readPublicEvents(
  db: Database,
  tenant: ResolvedTenant,
  range: TimeRange,
  typeKey: string | undefined,
) {
  const fill = filler(tenant);
  return withTenant(db, tenant.id, async (tx) => {
    const rows = await tx
      .select({
        id: eventRequests.id,
        title: eventRequests.title,
        typeKey: eventTypes.key,
        typeName: eventTypes.name,
        startsAt: eventRequests.startsAt,
        endsAt: eventRequests.endsAt,
        updatedAt: eventRequests.updatedAt,
        placeKey: eventPlaces.key,
        placeName: eventPlaces.name,
        placeAddress: eventPlaces.address,
        address: eventRequests.address,
      })
      .from(eventRequests)
      .innerJoin(
        eventTypes,
        and(eq(eventTypes.tenantId, eventRequests.tenantId), eq(eventTypes.key, eventRequests.typeKey)),
      )
      .leftJoin(
        eventPlaces,
        and(eq(eventPlaces.tenantId, eventRequests.tenantId), eq(eventPlaces.key, eventRequests.placeKey)),
      )
      .where(
        and(
          eq(eventRequests.tenantId, tenant.id),
          inArray(eventRequests.status, [...PUBLISHED_STATUSES]),
          eq(eventRequests.public, true),
          eq(eventTypes.publicCalendar, true),
          eq(eventTypes.active, true),
          typeKey === undefined ? undefined : eq(eventRequests.typeKey, typeKey),
          lt(eventRequests.startsAt, range.endsAt),
          gt(eventRequests.endsAt, range.startsAt),
        ),
      )
      .orderBy(asc(eventRequests.startsAt), asc(eventRequests.id));
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      type: { key: row.typeKey, name: fill(row.typeName) },
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      updatedAt: row.updatedAt,
      place:
        row.placeKey === null || row.placeName === null || row.placeAddress === null
          ? null
          : { key: row.placeKey, name: row.placeName, address: row.placeAddress },
      address: row.address,
    }));
  });
}

export type PublishedEvent = Awaited<ReturnType<typeof readPublicEvents>>[number];
