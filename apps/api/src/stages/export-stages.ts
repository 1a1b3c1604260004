import type { Database, Transaction } from '@communa/db';
import { stageSessions, stageSessionWindows, stages, tenants, withTenant } from '@communa/db';
import type { StagePlace, StagesConfig } from '@communa/tenant-config';
import { stagesConfigSchema, wallTimeAt } from '@communa/tenant-config';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';

type SessionRow = typeof stageSessions.$inferSelect;
type WindowRow = typeof stageSessionWindows.$inferSelect;

/**
 * A commune's active stages and sessions as the database holds them now (for `admin` communes, what
 * the back-office made of them), in the shape of stages.yaml: applying it again changes nothing.
 * Places are those the stages name, in the order they first appear. Undefined when there is no such
 * commune or it has no stage.
 */
export async function readStagesConfig(db: Database, slug: string): Promise<StagesConfig | undefined> {
  const [tenant] = await db
    .select({ id: tenants.id, config: tenants.config })
    .from(tenants)
    .where(eq(tenants.slug, slug))
    .limit(1);
  if (!tenant) return undefined;
  // tenants:apply stores the parsed tenant.yaml, its time zone default filled in.
  const { timeZone } = z.object({ timeZone: z.string() }).parse(tenant.config);
  return withTenant(db, tenant.id, (tx) => readStagesConfigIn(tx, tenant.id, timeZone));
}

/**
 * readStagesConfig inside the caller's transaction, bound to the commune (the back-office's stage
 * editor reads, checks and writes in one).
 */
export async function readStagesConfigIn(
  tx: Transaction,
  tenantId: string,
  timeZone: string,
): Promise<StagesConfig | undefined> {
  // Filtered by tenant explicitly too: the owner role running this may bypass RLS.
  const stageRows = await tx
    .select()
    .from(stages)
    .where(and(eq(stages.tenantId, tenantId), eq(stages.active, true)))
    .orderBy(asc(stages.position));
  const sessionRows = await tx
    .select()
    .from(stageSessions)
    .where(and(eq(stageSessions.tenantId, tenantId), eq(stageSessions.active, true)))
    .orderBy(asc(stageSessions.position));
  const windowRows = await tx
    .select()
    .from(stageSessionWindows)
    .where(eq(stageSessionWindows.tenantId, tenantId))
    .orderBy(asc(stageSessionWindows.position));
  if (stageRows.length === 0) return undefined;
  const windowsBySession = groupBy(windowRows, (w) => w.sessionId);
  const sessionsByStage = groupBy(sessionRows, (s) => s.stageId);
  const places = new Map<string, StagePlace>();
  for (const stage of stageRows) if (!places.has(stage.place.key)) places.set(stage.place.key, stage.place);
  const input = {
    places: [...places.values()],
    stages: stageRows.map((stage) => ({
      key: stage.key,
      title: stage.title,
      description: stage.description,
      category: stage.category,
      place: stage.place.key,
      ...(stage.questionsFormKey === null ? {} : { questions: stage.questionsFormKey }),
      sessions: (sessionsByStage.get(stage.id) ?? []).map((session) =>
        sessionInput(session, windowsBySession.get(session.id) ?? [], timeZone),
      ),
    })),
  };
  // Parsed as a file would be: what the database holds is checked against the same rules.
  return stagesConfigSchema.parse(input);
}

function sessionInput(session: SessionRow, windows: readonly WindowRow[], timeZone: string) {
  const siblingReduction =
    session.siblingReductionCents !== null && session.siblingReductionPer !== null
      ? { cents: session.siblingReductionCents, per: session.siblingReductionPer }
      : undefined;
  return {
    key: session.key,
    days: { dates: session.days },
    // time columns read back as HH:MM:SS; the configuration writes minutes.
    hours: { from: session.startsAt.slice(0, 5), to: session.endsAt.slice(0, 5) },
    ages: { min: session.minAge, max: session.maxAge },
    capacity: session.capacity,
    prices: {
      residentCents: session.residentPriceCents,
      nonResidentCents: session.nonResidentPriceCents,
      ...(session.socialPriceCents === null ? {} : { socialCents: session.socialPriceCents }),
      ...(siblingReduction ? { siblingReduction } : {}),
    },
    enrolment: {
      windows: windows.map((window) => ({
        from: wallTimeAt(window.opensAt, timeZone),
        for: window.audience,
      })),
      allocation:
        session.drawMinutes === null
          ? { mode: session.allocation }
          : { mode: session.allocation, drawMinutes: session.drawMinutes },
    },
    cancellation: {
      freeUntilDaysBefore: session.freeCancellationDaysBefore,
      feeCents: session.cancellationFeeCents,
      medicalException: session.medicalCancellationExempt,
    },
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
