import type { Database } from '@communa/db';
import { eventOpinions, eventRequests, tenants, withTenant } from '@communa/db';
import { and, eq, isNull, lt, lte, or } from 'drizzle-orm';
import { brusselsToday } from '../households/child-rules.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { renderEventOpinionReminder } from '../notifications/templates/event-opinion-reminder.ts';
import { addDays } from '../payments/payment-rules.ts';
import type { TenantDirectory } from '../tenants/tenant-directory.ts';
import { mailAdvisors } from './advisor-mail.ts';
import { REMINDER_DAYS_BEFORE, reminderOf } from './opinion-rules.ts';

export interface OpinionReminderDeps {
  db: Database;
  jobs: JobQueue;
  tenants: TenantDirectory;
  publicUrl: string;
}

/**
 * In every active commune, reminds the advisors of each opinion still pending on a request that
 * waits for opinions, from two days before its due date and daily once overdue. The opinion's
 * `reminded_on` is set in the transaction that queues the e-mails, and rows another worker holds
 * are skipped, so an opinion is reminded at most once a day however many workers run this.
 * Returns how many opinions were reminded.
 */
export async function remindPendingOpinions(deps: OpinionReminderDeps, now: Date): Promise<number> {
  const today = brusselsToday(now);
  const communes = await deps.db
    .select({ id: tenants.id, slug: tenants.slug })
    .from(tenants)
    .where(eq(tenants.active, true));
  let reminded = 0;
  for (const commune of communes) {
    const tenant = await deps.tenants.resolve(commune.slug);
    if (!tenant) continue;
    reminded += await withTenant(deps.db, commune.id, async (tx) => {
      const due = await tx
        .select({ opinion: eventOpinions, request: eventRequests })
        .from(eventOpinions)
        .innerJoin(
          eventRequests,
          and(
            eq(eventRequests.tenantId, eventOpinions.tenantId),
            eq(eventRequests.id, eventOpinions.requestId),
          ),
        )
        .where(
          and(
            eq(eventOpinions.tenantId, commune.id),
            eq(eventOpinions.status, 'pending'),
            eq(eventRequests.status, 'opinions-requested'),
            lte(eventOpinions.dueOn, addDays(today, REMINDER_DAYS_BEFORE)),
            or(isNull(eventOpinions.remindedOn), lt(eventOpinions.remindedOn, today)),
          ),
        )
        .for('update', { of: eventOpinions, skipLocked: true });
      let count = 0;
      for (const { opinion, request } of due) {
        const kind = reminderOf(opinion, today);
        if (!kind) continue;
        await tx
          .update(eventOpinions)
          .set({ remindedOn: today })
          .where(and(eq(eventOpinions.tenantId, commune.id), eq(eventOpinions.id, opinion.id)));
        await mailAdvisors(tx, deps, tenant, request, [opinion], {
          kind: 'event-opinion-reminder',
          key: `event-opinion-reminder/${tenant.slug}/${opinion.id}/${today}`,
          render: (brand, input) =>
            renderEventOpinionReminder(brand, { ...input, overdue: kind === 'overdue' }),
        });
        count += 1;
      }
      return count;
    });
  }
  return reminded;
}
