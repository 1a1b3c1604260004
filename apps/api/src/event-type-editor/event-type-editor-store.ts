import type { Transaction } from '@communa/db';
import { eventRequestEquipment, eventRequests, tenants } from '@communa/db';
import type { EventTypesConfig } from '@communa/tenant-config';
import { canonicalHash, checkEventTypesContent, formFileFields } from '@communa/tenant-config';
import { and, eq, gt, inArray, or, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { syncEvents } from '../events/apply-events.ts';
import { readEventConfiguration } from '../events/export-events.ts';
import { everyActiveForm } from '../forms/form-store.ts';
import type { FieldError } from '../problems/problem.ts';
import { ProblemError } from '../problems/problem.ts';
import type { StaffMember } from '../staff/require-staff.ts';
import { eventTypeEditorProblems } from './errors.ts';

/** Event types are edited only where the back-office is the truth; a `code` commune's file would undo it. */
export async function requireAdminSource(tx: Transaction, tenantId: string): Promise<void> {
  const [row] = await tx.select({ source: tenants.source }).from(tenants).where(eq(tenants.id, tenantId));
  if (row?.source !== 'admin') throw new ProblemError(eventTypeEditorProblems.managedAsCode);
}

/**
 * The commune's event configuration, read to be changed: two admins saving at once take turns, so
 * neither undoes the other's change with what it read before.
 */
export async function lockedEventConfiguration(tx: Transaction, tenantId: string): Promise<EventTypesConfig> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`event-configuration:${tenantId}`}))`);
  return readEventConfiguration(tx, tenantId);
}

/**
 * The commune's active forms (a type's `form` must be one), with their current titles, by key; and
 * what the checks of a configuration need of them: their keys and their file fields.
 */
export async function activeForms(tx: Transaction, tenantId: string) {
  const versions = await everyActiveForm(tx, tenantId);
  return {
    forms: versions.map(({ key, definition }) => ({ key, title: definition.title })),
    formKeys: new Set(versions.map(({ key }) => key)),
    fileFields: formFileFields(versions),
  };
}

/**
 * Requests that still count on their type, place and equipment: drafts, those not yet decided, and
 * approved events not yet over.
 */
const openRequest = () =>
  or(
    inArray(eventRequests.status, ['draft', 'submitted', 'incomplete', 'under-review', 'opinions-requested']),
    and(
      inArray(eventRequests.status, ['approved', 'approved-with-conditions']),
      gt(eventRequests.endsAt, sql`now()`),
    ),
  );

/** Of `keys`, those an open request of the commune names as its type, place or borrowed equipment. */
export async function keysInUse(
  tx: Transaction,
  tenantId: string,
  kind: 'type' | 'place' | 'equipment',
  keys: readonly string[],
): Promise<string[]> {
  if (keys.length === 0) return [];
  if (kind === 'equipment') {
    const rows = await tx
      .selectDistinct({ key: eventRequestEquipment.equipmentKey })
      .from(eventRequestEquipment)
      .innerJoin(
        eventRequests,
        and(
          eq(eventRequests.tenantId, eventRequestEquipment.tenantId),
          eq(eventRequests.id, eventRequestEquipment.requestId),
        ),
      )
      .where(
        and(
          eq(eventRequestEquipment.tenantId, tenantId),
          inArray(eventRequestEquipment.equipmentKey, [...keys]),
          openRequest(),
        ),
      );
    return rows.map((row) => row.key).sort();
  }
  const column = kind === 'type' ? eventRequests.typeKey : eventRequests.placeKey;
  const rows = await tx
    .selectDistinct({ key: column })
    .from(eventRequests)
    .where(and(eq(eventRequests.tenantId, tenantId), inArray(column, [...keys]), openRequest()));
  return rows.flatMap((row) => (row.key === null ? [] : [row.key])).sort();
}

/** The keys of `before` that `after` no longer holds. */
export const removedKeys = (
  before: readonly { key: string }[],
  after: readonly { key: string }[],
): string[] => {
  const kept = new Set(after.map((item) => item.key));
  return before.map((item) => item.key).filter((key) => !kept.has(key));
};

export type EditorAction =
  | 'events.type_created'
  | 'events.type_saved'
  | 'events.type_removed'
  | 'events.places_saved'
  | 'events.equipment_saved';

/**
 * Checks the whole configuration the editor's change makes with the rules of event-types.yaml (422
 * with each error's path, mapped by `pathOf` to what the caller sent), then writes it with
 * tenants:apply's own code and audits it when anything changed. Warnings are those of the changed part.
 */
export async function saveEventConfiguration(
  tx: Transaction,
  member: StaffMember,
  change: {
    before: EventTypesConfig;
    after: unknown;
    action: EditorAction;
    target: string;
    /** Where in the configuration the change lies (`types.3`, `places`): its warnings are told. */
    scope?: string;
    pathOf?: (path: string) => string;
    /** Refuses a valid configuration that what is already asked for rules out (a 409), before it is written. */
    guard?: (config: EventTypesConfig) => Promise<void>;
  },
) {
  const { before, after, action, target, scope, guard, pathOf = (path: string) => path } = change;
  const tenantId = member.tenant.id;
  const { formKeys, fileFields } = await activeForms(tx, tenantId);
  const checked = checkEventTypesContent(after, {
    languages: member.tenant.publicConfig.languages,
    formKeys,
    fileFields,
  });
  const asFieldErrors = (issues: readonly { path: string; code: string; message: string }[]): FieldError[] =>
    issues.map(({ path, code, message }) => ({ path: pathOf(path), code, message }));
  if (!checked.ok)
    throw new ProblemError(
      eventTypeEditorProblems.invalidConfiguration,
      `${checked.issues.length} error(s) in the configuration`,
      asFieldErrors(checked.issues),
    );
  await guard?.(checked.config);
  const changed = canonicalHash(checked.config) !== canonicalHash(before);
  if (changed) {
    await syncEvents(tx, tenantId, checked.config);
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: member.userId,
      actorEmail: member.email,
      action,
      targetType: 'event_configuration',
      targetId: target,
      ip: member.ip,
    });
  }
  const inScope = (path: string) => scope !== undefined && (path === scope || path.startsWith(`${scope}.`));
  return { changed, warnings: asFieldErrors(checked.warnings.filter(({ path }) => inScope(path))) };
}

/** 409 naming the keys being removed that open requests still count on. */
export async function refuseRemovingKeysInUse(
  tx: Transaction,
  tenantId: string,
  kind: 'place' | 'equipment',
  removed: readonly string[],
): Promise<void> {
  const used = await keysInUse(tx, tenantId, kind, removed);
  if (used.length === 0) return;
  const problem =
    kind === 'place' ? eventTypeEditorProblems.placeInUse : eventTypeEditorProblems.equipmentInUse;
  const list = kind === 'place' ? 'places' : 'equipment';
  throw new ProblemError(
    problem,
    `still needed by open requests: ${used.join(', ')}`,
    used.map((key) => ({
      path: list,
      code: problem.code,
      message: `${key} is still needed by open requests`,
    })),
  );
}
