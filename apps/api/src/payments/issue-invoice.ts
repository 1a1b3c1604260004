import { randomUUID } from 'node:crypto';
import type { Transaction } from '@communa/db';
import { brusselsToday } from '../households/child-rules.ts';
import type { JobQueue, OutgoingJob } from '../jobs/job-queue.ts';
import { insertInvoices, nextStructuredCommunications } from './invoice-store.ts';
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
export function issueInvoice(
  tx: Transaction,
  deps: InvoiceDeps,
  tenant: { id: string; slug: string },
  seat: ConfirmedSeat,
  now: Date,
): Promise<void> {
  return issueInvoices(tx, deps, tenant, [seat], now);
}

/** The invoices of the seats one enrolment request confirmed (waitlist places are not invoiced). */
export function issueInvoicesFor(
  tx: Transaction,
  deps: InvoiceDeps,
  tenant: { id: string; slug: string },
  request: { householdId: string; firstDay: string },
  results: readonly { status: string; enrolmentId: string; priceCents: number }[],
  now: Date,
): Promise<void> {
  const seats = results.flatMap((result) =>
    result.status === 'confirmed' ? [{ ...request, ...result }] : [],
  );
  return issueInvoices(tx, deps, tenant, seats, now);
}

/**
 * Writes the invoices of confirmed seats (free seats are not invoiced), each with a fresh structured
 * communication, and enqueues their jobs (the e-mail, the due date) with `alsoEnqueue` in one
 * statement of the same transaction.
 */
export async function issueInvoices(
  tx: Transaction,
  deps: InvoiceDeps,
  tenant: { id: string; slug: string },
  seats: readonly ConfirmedSeat[],
  now: Date,
  alsoEnqueue: readonly OutgoingJob[] = [],
): Promise<void> {
  const paid = paidSeats(seats);
  if (paid.length === 0) return deps.jobs.sendAll(tx, alsoEnqueue);
  const communications = await nextStructuredCommunications(tx, paid.length);
  await writeInvoices(tx, deps, tenant, { seats: paid, communications }, now, alsoEnqueue);
}

/** The seats to invoice: free seats are not. */
export function paidSeats(seats: readonly ConfirmedSeat[]): ConfirmedSeat[] {
  return seats.filter((seat) => seat.priceCents > 0);
}

/**
 * Writes the invoices of paid seats with the structured communications drawn for them (one each, in
 * order), and enqueues their jobs with `alsoEnqueue` (see issueInvoices).
 */
export async function writeInvoices(
  tx: Transaction,
  deps: InvoiceDeps,
  tenant: { id: string; slug: string },
  paid: { seats: readonly ConfirmedSeat[]; communications: readonly string[] },
  now: Date,
  alsoEnqueue: readonly OutgoingJob[] = [],
): Promise<void> {
  const { seats: paidOnes, communications } = paid;
  const today = brusselsToday(now);
  const invoices = paidOnes.map((seat, index) => {
    const structuredCommunication = communications[index];
    if (!structuredCommunication) throw new Error('a structured communication is missing');
    return {
      // The id is chosen here so the jobs go out with the invoices; jobs run only after commit.
      id: randomUUID(),
      tenantId: tenant.id,
      householdId: seat.householdId,
      enrolmentId: seat.enrolmentId,
      amountCents: seat.priceCents,
      structuredCommunication,
      issuedAt: now,
      dueOn: dueOn(today, seat.firstDay, deps.invoiceTerms.dueDays),
    };
  });
  const jobs = invoices.flatMap(({ id: invoiceId, dueOn: due }): OutgoingJob[] => {
    const mail: InvoiceMailJob = { tenant: tenant.slug, invoiceId, kind: 'issued' };
    const job: InvoiceJob = { tenant: tenant.slug, invoiceId };
    return [
      { queue: 'stage-invoice-mail', data: mail },
      { queue: 'stage-invoice-due', data: job, startAfter: overdueAt(due) },
    ];
  });
  await Promise.all([insertInvoices(tx, invoices), deps.jobs.sendAll(tx, [...alsoEnqueue, ...jobs])]);
}
