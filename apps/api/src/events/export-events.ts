import type { Database, Transaction } from '@communa/db';
import { eventEquipment, eventPlaces, eventServices, eventTypes, tenants, withTenant } from '@communa/db';
import type { EventTypesConfig } from '@communa/tenant-config';
import { eventTypesConfigSchema } from '@communa/tenant-config';
import { and, asc, eq } from 'drizzle-orm';

/**
 * A commune's active event types, places, equipment and advisory services as the database holds them
 * now, in configured order and in the shape of event-types.yaml: applying it again changes nothing.
 * Inside the caller's transaction, bound to the commune.
 */
export async function readEventConfiguration(tx: Transaction, tenantId: string): Promise<EventTypesConfig> {
  // Filtered by tenant explicitly too: the owner role running this may bypass RLS.
  const [serviceRows, typeRows, placeRows, equipmentRows] = await Promise.all([
    tx
      .select()
      .from(eventServices)
      .where(and(eq(eventServices.tenantId, tenantId), eq(eventServices.active, true)))
      .orderBy(asc(eventServices.position)),
    tx
      .select()
      .from(eventTypes)
      .where(and(eq(eventTypes.tenantId, tenantId), eq(eventTypes.active, true)))
      .orderBy(asc(eventTypes.position)),
    tx
      .select()
      .from(eventPlaces)
      .where(and(eq(eventPlaces.tenantId, tenantId), eq(eventPlaces.active, true)))
      .orderBy(asc(eventPlaces.position)),
    tx
      .select()
      .from(eventEquipment)
      .where(and(eq(eventEquipment.tenantId, tenantId), eq(eventEquipment.active, true)))
      .orderBy(asc(eventEquipment.position)),
  ]);
  // Parsed as a file would be: what the database holds is checked against the same rules.
  return eventTypesConfigSchema.parse({
    advisoryServices: serviceRows.map(({ key, name, email }) => ({ key, name, email })),
    types: typeRows.map((type) => ({
      key: type.key,
      name: type.name,
      description: type.description,
      form: type.formKey,
      attachments: type.attachments,
      leadTimeDays: type.leadTimeDays,
      opinions: type.opinions,
      publicCalendar: type.publicCalendar,
    })),
    places: placeRows.map(({ key, name, address, capacity }) => ({ key, name, address, capacity })),
    equipment: equipmentRows.map(({ key, name, stock }) => ({ key, name, stock })),
  });
}

/**
 * As readEventConfiguration, for the commune `slug` (tenants:export); undefined when there is no such
 * commune or it has no event type.
 */
export async function readEventTypesConfig(
  db: Database,
  slug: string,
): Promise<EventTypesConfig | undefined> {
  const [tenant] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, slug)).limit(1);
  if (!tenant) return undefined;
  const config = await withTenant(db, tenant.id, (tx) => readEventConfiguration(tx, tenant.id));
  return config.types.length > 0 ? config : undefined;
}
