import type { Transaction } from '@communa/db';
import { formDefinitions, forms, stageEnrolments, stageSessions, stages, tenants } from '@communa/db';
import type { StagesConfig } from '@communa/tenant-config';
import { canonicalHash, checkStagesContent, STAGES_FILE } from '@communa/tenant-config';
import { and, asc, count, eq, inArray, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { ProblemError } from '../problems/problem.ts';
import type { StaffMember } from '../staff/require-staff.ts';
import { syncStages } from '../stages/apply-stages.ts';
import { stageProblems } from '../stages/errors.ts';
import { readStagesConfigIn } from '../stages/export-stages.ts';
import { notifyChange } from '../tenants/apply-tenants.ts';
import { stageEditorProblems } from './errors.ts';
import type { HeldSession } from './stage-definition.ts';
import { editorIssues, KEY_NOT_ALLOWED, mergeStage, sessionConflicts } from './stage-definition.ts';
import type { StageDefinitionInput } from './stage-editor-schemas.ts';

/**
 * Stages are edited only where the back-office is the truth; a `code` commune's stages.yaml would undo
 * it. Gives the commune's time zone, in which opening times are written.
 */
export async function requireAdminSource(tx: Transaction, tenantId: string): Promise<{ timeZone: string }> {
  const [row] = await tx
    .select({ source: tenants.source, config: tenants.config })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  if (row?.source !== 'admin') throw new ProblemError(stageEditorProblems.managedAsCode);
  return z.object({ timeZone: z.string() }).parse(row.config);
}

/** An active stage's key, or 404: another commune's key, or a removed stage, is not found. */
export async function requireActiveStage(tx: Transaction, tenantId: string, stageKey: string): Promise<void> {
  const [row] = await tx
    .select({ id: stages.id })
    .from(stages)
    .where(and(eq(stages.tenantId, tenantId), eq(stages.key, stageKey), eq(stages.active, true)));
  if (!row) throw new ProblemError(stageProblems.stageNotFound);
}

/** The commune's active forms with their current title: a stage's questions name one of them. */
export function questionForms(tx: Transaction, tenantId: string) {
  return tx
    .select({ key: forms.key, definition: formDefinitions.definition })
    .from(forms)
    .innerJoin(
      formDefinitions,
      and(
        eq(formDefinitions.tenantId, forms.tenantId),
        eq(formDefinitions.formKey, forms.key),
        eq(formDefinitions.version, forms.currentVersion),
      ),
    )
    .where(and(eq(forms.tenantId, tenantId), eq(forms.active, true)))
    .orderBy(asc(forms.key))
    .then((rows) =>
      rows.map((row) => ({
        key: row.key,
        title: z.object({ title: z.record(z.string(), z.string()) }).parse(row.definition).title,
      })),
    );
}

/**
 * The stage's sessions (removed ones too) with their seats taken and enrolments not cancelled;
 * `lock` holds them until the save commits, so no enrolment takes a seat between check and write.
 */
export async function heldSessions(
  tx: Transaction,
  tenantId: string,
  stageKey: string,
  lock: boolean,
): Promise<HeldSession[]> {
  const query = tx
    .select({
      id: stageSessions.id,
      key: stageSessions.key,
      active: stageSessions.active,
      seatsTaken: stageSessions.seatsTaken,
    })
    .from(stageSessions)
    .innerJoin(stages, and(eq(stages.tenantId, stageSessions.tenantId), eq(stages.id, stageSessions.stageId)))
    .where(and(eq(stageSessions.tenantId, tenantId), eq(stages.key, stageKey)))
    .orderBy(asc(stageSessions.position));
  const rows = lock ? await query.for('update', { of: stageSessions }) : await query;
  if (rows.length === 0) return [];
  const counts = await tx
    .select({ sessionId: stageEnrolments.sessionId, enrolments: count() })
    .from(stageEnrolments)
    .where(
      and(
        eq(stageEnrolments.tenantId, tenantId),
        inArray(
          stageEnrolments.sessionId,
          rows.map((row) => row.id),
        ),
        ne(stageEnrolments.status, 'cancelled'),
      ),
    )
    .groupBy(stageEnrolments.sessionId);
  const bySession = new Map(counts.map((row) => [row.sessionId, row.enrolments]));
  return rows.map(({ id, ...row }) => ({ ...row, enrolments: bySession.get(id) ?? 0 }));
}

/** A stage key any stage ever had (removed ones keep theirs: their sessions hold enrolments). */
export async function stageKeyTaken(tx: Transaction, tenantId: string, stageKey: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: stages.id })
    .from(stages)
    .where(and(eq(stages.tenantId, tenantId), eq(stages.key, stageKey)))
    .limit(1);
  return row !== undefined;
}

/** One editor write at a time per commune: each checks and writes the commune's whole configuration. */
export async function lockStageEditor(tx: Transaction, tenantId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('stage-editor:' || ${tenantId}))`);
}

const placeOf = (config: StagesConfig | undefined, key: string | undefined) =>
  config?.places.find((place) => place.key === key);

/**
 * Checks and writes a stage sent by the editor, the commune's other stages unchanged: the whole is
 * checked as its stages.yaml would be (422 with each error's path), sessions families are enrolled
 * in are protected (409), then `syncStages` writes what changed, audited, and the catalogue is told.
 * Nothing is written when the stage is unchanged.
 */
export async function saveStage(
  tx: Transaction,
  member: StaffMember,
  key: string,
  definition: StageDefinitionInput,
  context: { timeZone: string; action: 'stages.definition_saved' | 'stages.created' },
) {
  const tenantId = member.tenant.id;
  await lockStageEditor(tx, tenantId);
  if ('key' in definition)
    throw new ProblemError(stageEditorProblems.invalidStage, '1 error(s) in the stage', [KEY_NOT_ALLOWED]);
  const current = await readStagesConfigIn(tx, tenantId, context.timeZone);
  const merged = mergeStage(current, key, definition);
  const formKeys = new Set((await questionForms(tx, tenantId)).map((form) => form.key));
  const checked = checkStagesContent(merged.input, {
    file: STAGES_FILE,
    languages: member.tenant.publicConfig.languages,
    timeZone: context.timeZone,
    formKeys,
  });
  const errors = editorIssues(checked.issues, merged, 'error');
  const next = checked.stages?.stages[merged.stageIndex];
  if (!checked.stages || !next || errors.length > 0)
    throw new ProblemError(
      stageEditorProblems.invalidStage,
      `${errors.length} error(s) in the stage`,
      errors,
    );
  const conflicts = sessionConflicts(await heldSessions(tx, tenantId, key, true), next);
  if (conflicts.removed.length > 0)
    throw new ProblemError(stageEditorProblems.sessionHasEnrolments, undefined, [
      ...conflicts.removed,
      ...conflicts.capacity,
    ]);
  if (conflicts.capacity.length > 0)
    throw new ProblemError(stageEditorProblems.capacityBelowSeatsTaken, undefined, conflicts.capacity);
  const before = current?.stages.find((stage) => stage.key === key);
  const changed =
    before === undefined ||
    canonicalHash({ stage: before, place: placeOf(current, before.place) }) !==
      canonicalHash({ stage: next, place: placeOf(checked.stages, next.place) });
  if (changed) {
    await syncStages(tx, tenantId, checked.stages, context.timeZone);
    await recordAuditEvent(tx, {
      tenantId,
      actorUserId: member.userId,
      actorEmail: member.email,
      action: context.action,
      targetType: 'stage',
      targetId: key,
      ip: member.ip,
      detail: { sessions: next.sessions.map((session) => session.key) },
    });
    // The catalogue keeps a commune's stages until told, on commit, that they changed.
    await notifyChange(tx, member.tenant.slug);
  }
  return { key, changed, warnings: editorIssues(checked.issues, merged, 'warning') };
}
