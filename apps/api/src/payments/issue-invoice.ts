import { randomUUID } from 'node:crypto';
import type { Transaction } from '@communa/db';
import { brusselsToday } from '../households/child-rules.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { insertInvoice, nextStructuredCommunication } from './invoice-store.ts';
import type { InvoiceTerms } from './payment-rules.ts';
import { dueOn, overdueAt } from './payment-rules.ts';

export interface InvoiceDeps {
  jobs: JobQueue;
  invoiceTerms: InvoiceTerms;
}

/** What the e-mail job and the due-date job need to find the invoice again. */
export interface InvoiceJob {
  tenant: string;
  invoiceId: string;
}

export interface InvoiceMailJob extends InvoiceJob {
  kind: 'issued' | 'reminder' | 'released';
}

/** A confirmed seat to be paid for. */
export interface ConfirmedSeat {
  enrolmentId: string;
  householdId: string;
  priceCents: number;
  /** The session's first day: payment is due before it. */
  firstDay: string;
}

/**
 * A seat was confirmed, in the caller's transaction: its invoice is written with a fresh structured
 * communication, and its e-mail and its due-date job are enqueued in the same transaction. A free
 * seat is not invoiced.
 */
export async function issueInvoice(
  tx: Transaction,
  deps: InvoiceDeps,
  tenant: { id: string; slug: string },
  seat: ConfirmedSeat,
  now: Date,
): Promise<void> {
  if (seat.priceCents <= 0) return;
  const due = dueOn(brusselsToday(now), seat.firstDay, deps.invoiceTerms.dueDays);
  // The id is chosen here so the jobs go out with the number's query; jobs run only after commit.
  const invoiceId = randomUUID();
  const mail: InvoiceMailJob = { tenant: tenant.slug, invoiceId, kind: 'issued' };
  const job: InvoiceJob = { tenant: tenant.slug, invoiceId };
  const written = nextStructuredCommunication(tx).then((structuredCommunication) =>
    insertInvoice(tx, {
      id: invoiceId,
      tenantId: tenant.id,
      householdId: seat.householdId,
      enrolmentId: seat.enrolmentId,
      amountCents: seat.priceCents,
      structuredCommunication,
      issuedAt: now,
      dueOn: due,
    }),
  );
  await Promise.all([
    written,
    deps.jobs.send(tx, 'stage-invoice-mail', mail),
    deps.jobs.send(tx, 'stage-invoice-due', job, { startAfter: overdueAt(due) }),
  ]);
}

/** The invoices of the seats one enrolment request confirmed (waitlist places are not invoiced). */
export async function issueInvoicesFor(
  tx: Transaction,
  deps: InvoiceDeps,
  tenant: { id: string; slug: string },
  request: { householdId: string; firstDay: string },
  results: readonly { status: string; enrolmentId: string; priceCents: number }[],
  now: Date,
): Promise<void> {
  await Promise.all(
    results.flatMap((result) =>
      result.status === 'confirmed' ? [issueInvoice(tx, deps, tenant, { ...request, ...result }, now)] : [],
    ),
  );
}
