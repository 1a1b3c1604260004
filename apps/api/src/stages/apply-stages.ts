import type { Transaction } from '@communa/db';
import { stageSessions, stageSessionWindows, stages } from '@communa/db';
import type { StageSession, StagesConfig } from '@communa/tenant-config';
import { canonicalHash, instantOfWallTime } from '@communa/tenant-config';
import { and, eq, notInArray } from 'drizzle-orm';

type Row = { id: string; hash: string; active: boolean };

/**
 * Brings a commune's stages and sessions in line with its stages.yaml, inside the caller's
 * transaction (bound to the commune). Only rows whose configuration changed are written, so a second
 * apply writes nothing; stages and sessions no longer configured are deactivated, never deleted,
 * since enrolments hang off them. `config` undefined (no stages.yaml) deactivates them all.
 */
export async function syncStages(
  tx: Transaction,
  tenantId: string,
  config: StagesConfig | undefined,
  timeZone: string,
): Promise<void> {
  const places = new Map((config?.places ?? []).map((place) => [place.key, place]));
  const existingStages = await rowsByKey(tx, tenantId, 'stages');
  const existingSessions = await rowsByKey(tx, tenantId, 'sessions');
  const keptStages: string[] = [];
  const keptSessions: string[] = [];

  for (const [position, stage] of (config?.stages ?? []).entries()) {
    const place = places.get(stage.place);
    if (!place) throw new Error(`stage ${stage.key}: no place ${stage.place}`);
    const values = {
      key: stage.key,
      category: stage.category,
      title: stage.title,
      description: stage.description,
      place,
      questionsFormKey: stage.questions ?? null,
      position,
    };
    const stageId = await writeRow(existingStages.get(stage.key), canonicalHash(values), {
      insert: async (configHash) => {
        const [row] = await tx
          .insert(stages)
          .values({ tenantId, ...values, configHash })
          .returning({ id: stages.id });
        return row?.id;
      },
      update: async (id, configHash) => {
        await tx
          .update(stages)
          .set({ ...values, configHash, active: true, updatedAt: new Date() })
          .where(and(eq(stages.tenantId, tenantId), eq(stages.id, id)));
      },
    });
    keptStages.push(stageId);

    for (const [sessionPosition, session] of stage.sessions.entries()) {
      const { values: sessionValues, windows } = sessionRow(session, timeZone);
      const row = { stageId, ...sessionValues, position: sessionPosition };
      const writeWindows = async (sessionId: string) => {
        await tx
          .delete(stageSessionWindows)
          .where(
            and(eq(stageSessionWindows.tenantId, tenantId), eq(stageSessionWindows.sessionId, sessionId)),
          );
        await tx
          .insert(stageSessionWindows)
          .values(windows.map((window) => ({ tenantId, sessionId, ...window })));
      };
      const sessionId = await writeRow(
        existingSessions.get(`${stageId}/${session.key}`),
        canonicalHash({ ...row, windows }),
        {
          insert: async (configHash) => {
            const [inserted] = await tx
              .insert(stageSessions)
              .values({ tenantId, ...row, configHash })
              .returning({ id: stageSessions.id });
            if (inserted) await writeWindows(inserted.id);
            return inserted?.id;
          },
          update: async (id, configHash) => {
            await tx
              .update(stageSessions)
              .set({ ...row, configHash, active: true, updatedAt: new Date() })
              .where(and(eq(stageSessions.tenantId, tenantId), eq(stageSessions.id, id)));
            await writeWindows(id);
          },
        },
      );
      keptSessions.push(sessionId);
    }
  }

  // Filtered by tenant explicitly too: the owner role running this may bypass RLS.
  await tx
    .update(stages)
    .set({ active: false, updatedAt: new Date() })
    .where(
      and(
        eq(stages.tenantId, tenantId),
        eq(stages.active, true),
        keptStages.length > 0 ? notInArray(stages.id, keptStages) : undefined,
      ),
    );
  await tx
    .update(stageSessions)
    .set({ active: false, updatedAt: new Date() })
    .where(
      and(
        eq(stageSessions.tenantId, tenantId),
        eq(stageSessions.active, true),
        keptSessions.length > 0 ? notInArray(stageSessions.id, keptSessions) : undefined,
      ),
    );
}

/** Whether a commune has ever had stages written: an `admin` commune imports its stages.yaml only once. */
export async function hasStages(tx: Transaction, tenantId: string): Promise<boolean> {
  const [row] = await tx.select({ id: stages.id }).from(stages).where(eq(stages.tenantId, tenantId)).limit(1);
  return row !== undefined;
}

/** Inserts a missing row, updates a changed or inactive one, leaves an unchanged one; returns its id. */
async function writeRow(
  existing: Row | undefined,
  hash: string,
  write: {
    insert: (hash: string) => Promise<string | undefined>;
    update: (id: string, hash: string) => Promise<void>;
  },
): Promise<string> {
  if (existing === undefined) {
    const id = await write.insert(hash);
    if (id === undefined) throw new Error('insert returned no row');
    return id;
  }
  if (existing.hash !== hash || !existing.active) await write.update(existing.id, hash);
  return existing.id;
}

async function rowsByKey(
  tx: Transaction,
  tenantId: string,
  table: 'stages' | 'sessions',
): Promise<Map<string, Row>> {
  if (table === 'stages') {
    const rows = await tx
      .select({ id: stages.id, key: stages.key, hash: stages.configHash, active: stages.active })
      .from(stages)
      .where(eq(stages.tenantId, tenantId));
    return new Map(rows.map((row) => [row.key, row]));
  }
  const rows = await tx
    .select({
      id: stageSessions.id,
      stageId: stageSessions.stageId,
      key: stageSessions.key,
      hash: stageSessions.configHash,
      active: stageSessions.active,
    })
    .from(stageSessions)
    .where(eq(stageSessions.tenantId, tenantId));
  return new Map(rows.map((row) => [`${row.stageId}/${row.key}`, row]));
}

/** A configured session as the columns of stage_sessions and its rows of stage_session_windows. */
function sessionRow(session: StageSession, timeZone: string) {
  const windows = session.enrolment.windows.map((window, position) => ({
    position,
    opensAt: instantOf(window.from, timeZone),
    audience: window.for,
  }));
  const { prices, cancellation } = session;
  const { allocation } = session.enrolment;
  return {
    values: {
      key: session.key,
      days: session.days,
      firstDay: session.days[0] ?? '',
      lastDay: session.days.at(-1) ?? '',
      startsAt: session.hours.from,
      endsAt: session.hours.to,
      minAge: session.ages.min,
      maxAge: session.ages.max,
      capacity: session.capacity,
      residentPriceCents: prices.residentCents,
      nonResidentPriceCents: prices.nonResidentCents,
      socialPriceCents: prices.socialCents ?? null,
      siblingReductionCents: prices.siblingReduction?.cents ?? null,
      siblingReductionPer: prices.siblingReduction?.per ?? null,
      opensAt: windows[0]?.opensAt ?? instantOf('', timeZone),
      allocation: allocation.mode,
      drawMinutes: allocation.drawMinutes ?? null,
      freeCancellationDaysBefore: cancellation.freeUntilDaysBefore,
      cancellationFeeCents: cancellation.feeCents,
      medicalCancellationExempt: cancellation.medicalException,
    },
    windows,
  };
}

/** Validation already refused wall-clock times that do not exist; one here is a bug. */
function instantOf(wallTime: string, timeZone: string): Date {
  const instant = instantOfWallTime(wallTime, timeZone);
  if (instant === undefined) throw new Error(`no instant for ${wallTime} in ${timeZone}`);
  return instant;
}
