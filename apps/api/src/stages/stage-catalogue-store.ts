import type { Database } from '@communa/db';
import { forms, stageSessions, stageSessionWindows, stages, withTenant } from '@communa/db';
import type { StageCategory } from '@communa/tenant-config';
import { fillTranslations } from '@communa/tenant-config';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ResolvedTenant } from '../tenants/tenant-directory.ts';
import type { EnrolmentWindow } from './stage-rules.ts';
import { weeksOf } from './stage-rules.ts';
import type { PublicStage, PublicStageSession } from './stage-schemas.ts';

/** A session's configuration as the catalogue keeps it: everything but what changes by the second. */
export type CatalogueSession = Omit<PublicStageSession, 'seatsLeft' | 'enrolment'> & {
  id: string;
  windows: EnrolmentWindow[];
  allocation: PublicStageSession['enrolment']['allocation'];
};

export type CatalogueStage = Omit<PublicStage, 'sessions'> & { sessions: CatalogueSession[] };

/** Map.groupBy arrived in Node 21; this keeps Node 20. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** `HH:MM:SS` as PostgreSQL gives a time, written `HH:MM` as configured. */
const clock = (time: string): string => time.slice(0, 5);

/** A commune's active stages with their active sessions and windows, in configured order. */
export async function readCatalogue(db: Database, tenant: ResolvedTenant): Promise<CatalogueStage[]> {
  const languages = tenant.publicConfig.languages;
  const fill = (text: Record<string, string>) => fillTranslations(text, languages);
  return withTenant(db, tenant.id, async (tx) => {
    const stageRows = await tx
      .select({
        id: stages.id,
        key: stages.key,
        category: stages.category,
        title: stages.title,
        description: stages.description,
        place: stages.place,
        questionsFormKey: stages.questionsFormKey,
        questionsFormVersion: forms.currentVersion,
      })
      .from(stages)
      // A form is applied with the stages that name it, so its current version is as fresh as they are.
      .leftJoin(
        forms,
        and(
          eq(forms.tenantId, stages.tenantId),
          eq(forms.key, stages.questionsFormKey),
          eq(forms.active, true),
        ),
      )
      .where(and(eq(stages.tenantId, tenant.id), eq(stages.active, true)))
      .orderBy(asc(stages.position));
    const sessionRows = await tx
      .select()
      .from(stageSessions)
      .where(and(eq(stageSessions.tenantId, tenant.id), eq(stageSessions.active, true)))
      .orderBy(asc(stageSessions.position));
    const windowRows =
      sessionRows.length === 0
        ? []
        : await tx
            .select()
            .from(stageSessionWindows)
            .where(
              and(
                eq(stageSessionWindows.tenantId, tenant.id),
                inArray(
                  stageSessionWindows.sessionId,
                  sessionRows.map((row) => row.id),
                ),
              ),
            )
            .orderBy(asc(stageSessionWindows.position));
    const windowsBySession = groupBy(windowRows, (row) => row.sessionId);
    const sessionsByStage = groupBy(sessionRows, (row) => row.stageId);
    return stageRows.map((stage) => ({
      key: stage.key,
      category: stage.category as StageCategory,
      title: fill(stage.title),
      description: fill(stage.description),
      place: stage.place,
      questionsForm:
        stage.questionsFormKey === null || stage.questionsFormVersion === null
          ? null
          : { key: stage.questionsFormKey, version: stage.questionsFormVersion },
      sessions: (sessionsByStage.get(stage.id) ?? []).map((row) => ({
        id: row.id,
        key: row.key,
        days: row.days,
        weeks: weeksOf(row.days),
        hours: { from: clock(row.startsAt), to: clock(row.endsAt) },
        ages: { min: row.minAge, max: row.maxAge },
        capacity: row.capacity,
        prices: {
          residentCents: row.residentPriceCents,
          nonResidentCents: row.nonResidentPriceCents,
          socialCents: row.socialPriceCents,
          siblingReduction:
            row.siblingReductionCents !== null && row.siblingReductionPer !== null
              ? { cents: row.siblingReductionCents, per: row.siblingReductionPer }
              : null,
        },
        windows: (windowsBySession.get(row.id) ?? []).map((w) => ({ from: w.opensAt, for: w.audience })),
        allocation: { mode: row.allocation, drawMinutes: row.drawMinutes },
        cancellation: {
          freeUntilDaysBefore: row.freeCancellationDaysBefore,
          feeCents: row.cancellationFeeCents,
          medicalException: row.medicalCancellationExempt,
        },
      })),
    }));
  });
}

/** Seats left per session id, read now; under the commune's row-level security. */
export async function readSeatsLeft(db: Database, tenantId: string): Promise<Map<string, number>> {
  const rows = await withTenant(db, tenantId, (tx) =>
    tx
      .select({ id: stageSessions.id, capacity: stageSessions.capacity, taken: stageSessions.seatsTaken })
      .from(stageSessions)
      .where(and(eq(stageSessions.tenantId, tenantId), eq(stageSessions.active, true))),
  );
  return new Map(rows.map((row) => [row.id, Math.max(row.capacity - row.taken, 0)]));
}
