import type { Transaction } from '@communa/db';
import { eventEquipment, eventPlaces, eventServices, eventTypes } from '@communa/db';
import type { EventTypesConfig } from '@communa/tenant-config';
import { canonicalHash } from '@communa/tenant-config';
import { and, eq, notInArray } from 'drizzle-orm';

type Existing = { key: string; hash: string; active: boolean };

/** How one configured table is read and written, by key, for one commune. */
type KeyedTable<V> = {
  rows: () => Promise<Existing[]>;
  insert: (values: V & { position: number }, configHash: string) => Promise<void>;
  update: (key: string, values: V & { position: number }, configHash: string) => Promise<void>;
  /** Deactivates the active rows whose key is not in `keys`. */
  deactivateOthers: (keys: string[]) => Promise<void>;
};

/**
 * Inserts a missing row, updates a changed or inactive one, leaves an unchanged one; rows no longer
 * configured are deactivated, never deleted, since requests name them.
 */
async function syncByKey<V extends { key: string }>(
  entries: readonly V[],
  table: KeyedTable<V>,
): Promise<void> {
  const existing = new Map((await table.rows()).map((row) => [row.key, row]));
  for (const [position, entry] of entries.entries()) {
    const values = { ...entry, position };
    const configHash = canonicalHash(values);
    const row = existing.get(entry.key);
    if (row === undefined) await table.insert(values, configHash);
    else if (row.hash !== configHash || !row.active) await table.update(entry.key, values, configHash);
  }
  await table.deactivateOthers(entries.map((entry) => entry.key));
}

const inactive = () => ({ active: false, updatedAt: new Date() });

/**
 * Brings a commune's event types, places, equipment and advisory services in line with its
 * event-types.yaml, inside the caller's transaction (bound to the commune); a second apply writes
 * nothing. `config` undefined (no event-types.yaml) deactivates them all. Every statement filters by
 * tenant explicitly too: the owner role running this may bypass RLS.
 */
export async function syncEvents(
  tx: Transaction,
  tenantId: string,
  config: EventTypesConfig | undefined,
): Promise<void> {
  await syncByKey(
    (config?.advisoryServices ?? []).map(({ key, name, email }) => ({ key, name, email })),
    {
      rows: () =>
        tx
          .select({ key: eventServices.key, hash: eventServices.configHash, active: eventServices.active })
          .from(eventServices)
          .where(eq(eventServices.tenantId, tenantId)),
      insert: async (values, configHash) => {
        await tx.insert(eventServices).values({ ...values, tenantId, configHash });
      },
      update: async (key, values, configHash) => {
        await tx
          .update(eventServices)
          .set({ ...values, configHash, active: true, updatedAt: new Date() })
          .where(and(eq(eventServices.tenantId, tenantId), eq(eventServices.key, key)));
      },
      deactivateOthers: async (keys) => {
        await tx
          .update(eventServices)
          .set(inactive())
          .where(
            and(
              eq(eventServices.tenantId, tenantId),
              eq(eventServices.active, true),
              keys.length > 0 ? notInArray(eventServices.key, keys) : undefined,
            ),
          );
      },
    },
  );
  await syncByKey(
    (config?.types ?? []).map((type) => ({
      key: type.key,
      name: type.name,
      description: type.description,
      formKey: type.form,
      attachments: type.attachments,
      leadTimeDays: type.leadTimeDays,
      opinions: type.opinions,
      publicCalendar: type.publicCalendar,
    })),
    {
      rows: () =>
        tx
          .select({ key: eventTypes.key, hash: eventTypes.configHash, active: eventTypes.active })
          .from(eventTypes)
          .where(eq(eventTypes.tenantId, tenantId)),
      insert: async (values, configHash) => {
        await tx.insert(eventTypes).values({ ...values, tenantId, configHash });
      },
      update: async (key, values, configHash) => {
        await tx
          .update(eventTypes)
          .set({ ...values, configHash, active: true, updatedAt: new Date() })
          .where(and(eq(eventTypes.tenantId, tenantId), eq(eventTypes.key, key)));
      },
      deactivateOthers: async (keys) => {
        await tx
          .update(eventTypes)
          .set(inactive())
          .where(
            and(
              eq(eventTypes.tenantId, tenantId),
              eq(eventTypes.active, true),
              keys.length > 0 ? notInArray(eventTypes.key, keys) : undefined,
            ),
          );
      },
    },
  );
  await syncByKey(
    (config?.places ?? []).map(({ key, name, address, capacity }) => ({ key, name, address, capacity })),
    {
      rows: () =>
        tx
          .select({ key: eventPlaces.key, hash: eventPlaces.configHash, active: eventPlaces.active })
          .from(eventPlaces)
          .where(eq(eventPlaces.tenantId, tenantId)),
      insert: async (values, configHash) => {
        await tx.insert(eventPlaces).values({ ...values, tenantId, configHash });
      },
      update: async (key, values, configHash) => {
        await tx
          .update(eventPlaces)
          .set({ ...values, configHash, active: true, updatedAt: new Date() })
          .where(and(eq(eventPlaces.tenantId, tenantId), eq(eventPlaces.key, key)));
      },
      deactivateOthers: async (keys) => {
        await tx
          .update(eventPlaces)
          .set(inactive())
          .where(
            and(
              eq(eventPlaces.tenantId, tenantId),
              eq(eventPlaces.active, true),
              keys.length > 0 ? notInArray(eventPlaces.key, keys) : undefined,
            ),
          );
      },
    },
  );
  await syncByKey(
    (config?.equipment ?? []).map(({ key, name, stock }) => ({ key, name, stock })),
    {
      rows: () =>
        tx
          .select({ key: eventEquipment.key, hash: eventEquipment.configHash, active: eventEquipment.active })
          .from(eventEquipment)
          .where(eq(eventEquipment.tenantId, tenantId)),
      insert: async (values, configHash) => {
        await tx.insert(eventEquipment).values({ ...values, tenantId, configHash });
      },
      update: async (key, values, configHash) => {
        await tx
          .update(eventEquipment)
          .set({ ...values, configHash, active: true, updatedAt: new Date() })
          .where(and(eq(eventEquipment.tenantId, tenantId), eq(eventEquipment.key, key)));
      },
      deactivateOthers: async (keys) => {
        await tx
          .update(eventEquipment)
          .set(inactive())
          .where(
            and(
              eq(eventEquipment.tenantId, tenantId),
              eq(eventEquipment.active, true),
              keys.length > 0 ? notInArray(eventEquipment.key, keys) : undefined,
            ),
          );
      },
    },
  );
}

/** Whether a commune has ever had event types written: an `admin` commune imports its file only once. */
export async function hasEventTypes(tx: Transaction, tenantId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: eventTypes.id })
    .from(eventTypes)
    .where(eq(eventTypes.tenantId, tenantId))
    .limit(1);
  return row !== undefined;
}
