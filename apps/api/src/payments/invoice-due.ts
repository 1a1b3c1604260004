import type { Transaction } from '@communa/db';
import { brusselsToday } from '../households/child-rules.ts';
import { lockEnrolment, lockSession, markCancelled } from '../stages/enrolment-change-store.ts';
import type { OfferDeps } from '../stages/waitlist-offers.ts';
import { passSeatOn } from '../stages/waitlist-offers.ts';
import type { ResolvedTenant } from '../tenants/tenant-directory.ts';
import { findInvoice, lockInvoice, updateInvoice } from './invoice-store.ts';
import type { InvoiceDeps, InvoiceJob, InvoiceMailJob } from './issue-invoice.ts';
import { addDays, overdueAt } from './payment-rules.ts';

export type InvoiceDueOutcome = 'settled' | 'early' | 'reminded' | 'released';

/** The last day to pay after a reminder sent at `remindedAt`. */
export function graceUntil(remindedAt: Date, graceDays: number): string {
  return addDays(brusselsToday(remindedAt), graceDays);
}

/**
 * The due-date job of an invoice. Paid, cancelled or released, or its enrolment no longer holding a
 * seat: nothing to do. Unpaid at the due date: a reminder with a grace period, and the job again at
 * its end. Still unpaid then: the enrolment is cancelled (`unpaid`, nothing owed) and the seat passes
 * to the waitlist, in this transaction. Before its time (clocks apart): `early`, the job runs again.
 */
export async function runInvoiceDue(
  tx: Transaction,
  deps: InvoiceDeps & OfferDeps,
  tenant: ResolvedTenant,
  invoiceId: string,
  now: Date,
): Promise<InvoiceDueOutcome> {
  const [found] = await findInvoice(tx, tenant.id, invoiceId);
  if (found?.status !== 'open' || found.enrolmentStatus !== 'confirmed') return 'settled';
  // Locks in the order every seat change takes them: session, enrolment, then the invoice.
  const session = await lockSession(tx, tenant.id, found.sessionId);
  const enrolment = session ? await lockEnrolment(tx, tenant.id, found.enrolmentId) : undefined;
  const invoice = await lockInvoice(tx, tenant.id, invoiceId);
  if (!session || !enrolment || !invoice || invoice.status !== 'open' || enrolment.status !== 'confirmed')
    return 'settled';
  const job: InvoiceJob = { tenant: tenant.slug, invoiceId };
  if (invoice.reminderSentAt === null) {
    if (now < overdueAt(invoice.dueOn)) return 'early';
    await updateInvoice(tx, tenant.id, invoiceId, { reminderSentAt: now, at: now });
    await mailFamily(tx, deps, tenant, invoiceId, 'reminder');
    const until = graceUntil(now, deps.invoiceTerms.graceDays);
    await deps.jobs.send(tx, 'stage-invoice-due', job, { startAfter: overdueAt(until) });
    return 'reminded';
  }
  if (now < overdueAt(graceUntil(invoice.reminderSentAt, deps.invoiceTerms.graceDays))) return 'early';
  await markCancelled(tx, tenant.id, enrolment.id, {
    reason: 'unpaid',
    charge: { feeCents: 0, creditCents: enrolment.priceCents },
    at: now,
  });
  await updateInvoice(tx, tenant.id, invoiceId, { status: 'released', at: now });
  await passSeatOn(tx, deps, tenant, session, now);
  await mailFamily(tx, deps, tenant, invoiceId, 'released');
  return 'released';
}

function mailFamily(
  tx: Transaction,
  deps: InvoiceDeps,
  tenant: ResolvedTenant,
  invoiceId: string,
  kind: InvoiceMailJob['kind'],
): Promise<void> {
  const mail: InvoiceMailJob = { tenant: tenant.slug, invoiceId, kind };
  return deps.jobs.send(tx, 'stage-invoice-mail', mail);
}
