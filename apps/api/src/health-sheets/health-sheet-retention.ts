import type { Database } from '@communa/db';
import { tenants, withTenant } from '@communa/db';
import type { Logger } from 'pino';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { brusselsToday } from '../households/child-rules.ts';
import { startDailyTask } from '../jobs/daily-task.ts';
import { addDays } from '../payments/payment-rules.ts';
import { deleteExpiredSheets } from './health-sheet-store.ts';

const DAY_MS = 86_400_000;

export interface HealthSheetRetentionDeps {
  db: Database;
  /** Days a sheet outlives the child's last session (and its own last change). */
  retentionDays: number;
}

/**
 * Deletes, in every commune, the sheets of children with no live enrolment in a session that ended
 * less than `retentionDays` ago, unless a parent wrote the sheet within that time; each commune's
 * deletion is recorded in its audit log with the count. Returns the counts by commune id.
 */
export async function purgeExpiredHealthSheets(
  deps: HealthSheetRetentionDeps,
  now: Date,
): Promise<Map<string, number>> {
  const cut = {
    writtenSince: new Date(now.getTime() - deps.retentionDays * DAY_MS),
    lastDaySince: addDays(brusselsToday(now), -deps.retentionDays),
  };
  const communes = await deps.db.select({ id: tenants.id }).from(tenants);
  const counts = new Map<string, number>();
  for (const { id: tenantId } of communes) {
    const deleted = await withTenant(deps.db, tenantId, async (tx) => {
      const count = await deleteExpiredSheets(tx, tenantId, cut);
      if (count > 0) {
        await recordAuditEvent(tx, {
          tenantId,
          actorUserId: null,
          actorEmail: null,
          action: 'health_sheets.retention_deleted',
          targetType: 'child_health_sheet',
          detail: { count, retentionDays: deps.retentionDays },
        });
      }
      return count;
    });
    counts.set(tenantId, deleted);
  }
  return counts;
}

/** Purges at start and then once a day in a worker process (see startDailyTask). */
export function startHealthSheetRetention(deps: HealthSheetRetentionDeps & { logger: Logger }): () => void {
  return startDailyTask(
    'health sheet retention',
    async () => [...(await purgeExpiredHealthSheets(deps, new Date())).values()].reduce((a, b) => a + b, 0),
    deps.logger,
  );
}
