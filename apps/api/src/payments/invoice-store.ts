import type { Transaction } from '@communa/db';
import {
  children,
  insertFromJson,
  stageEnrolments,
  stageInvoices,
  stageSessions,
  stages,
  tenants,
} from '@communa/db';
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { structuredCommunicationOf } from './payment-rules.ts';

export type InvoiceStatus = (typeof stageInvoices.$inferSelect)['status'];

/** `count` structured communications: fresh numbers of the invoice sequence with their check digits. */
export async function nextStructuredCommunications(tx: Transaction, count: number): Promise<string[]> {
  const rows = await tx.execute<{ n: string }>(
    sql`select nextval('stage_invoice_numbers')::text as n from generate_series(1, ${count}::int)`,
  );
  return rows.map((row) => structuredCommunicationOf(Number(row.n)));
}

export async function insertInvoices(tx: Transaction, values: (typeof stageInvoices.$inferInsert)[]) {
  const keys = [
    'id',
    'tenantId',
    'householdId',
    'enrolmentId',
    'amountCents',
    'structuredCommunication',
    'issuedAt',
    'dueOn',
  ] as const;
  const rows = await tx.execute(sql`${insertFromJson(stageInvoices, keys, values)} returning id`);
  if (rows.length !== values.length) throw new Error('an invoice was not written');
}

const bankAccountSchema = z.object({ iban: z.string(), bic: z.string(), holder: z.string() });

/** The commune's bank account, from its configuration on the registry row. */
export async function bankAccountOf(tx: Transaction, tenantId: string) {
  const [row] = await tx
    .select({ bankAccount: sql<unknown>`${tenants.config} -> 'bankAccount'` })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return bankAccountSchema.parse(row?.bankAccount);
}

/** An invoice with what its e-mails and pages show: the child, the enrolment, the stage. */
function invoiceDetails(tx: Transaction) {
  return tx
    .select({
      id: stageInvoices.id,
      householdId: stageInvoices.householdId,
      enrolmentId: stageInvoices.enrolmentId,
      amountCents: stageInvoices.amountCents,
      structuredCommunication: stageInvoices.structuredCommunication,
      status: stageInvoices.status,
      issuedAt: stageInvoices.issuedAt,
      dueOn: stageInvoices.dueOn,
      paidAt: stageInvoices.paidAt,
      reminderSentAt: stageInvoices.reminderSentAt,
      reference: stageEnrolments.reference,
      enrolmentStatus: stageEnrolments.status,
      enrolledBy: stageEnrolments.enrolledBy,
      sessionId: stageEnrolments.sessionId,
      childFirstName: children.firstName,
      stageTitle: stages.title,
      firstDay: stageSessions.firstDay,
    })
    .from(stageInvoices)
    .innerJoin(
      stageEnrolments,
      and(
        eq(stageEnrolments.tenantId, stageInvoices.tenantId),
        eq(stageEnrolments.id, stageInvoices.enrolmentId),
      ),
    )
    .innerJoin(
      children,
      and(eq(children.tenantId, stageEnrolments.tenantId), eq(children.id, stageEnrolments.childId)),
    )
    .innerJoin(
      stageSessions,
      and(
        eq(stageSessions.tenantId, stageEnrolments.tenantId),
        eq(stageSessions.id, stageEnrolments.sessionId),
      ),
    )
    .innerJoin(stages, and(eq(stages.tenantId, stageSessions.tenantId), eq(stages.id, stageSessions.stageId)))
    .$dynamic();
}

export type InvoiceDetails = Awaited<ReturnType<typeof findInvoice>>[number];

export function findInvoice(tx: Transaction, tenantId: string, invoiceId: string) {
  return invoiceDetails(tx).where(and(eq(stageInvoices.tenantId, tenantId), eq(stageInvoices.id, invoiceId)));
}

export function householdInvoices(tx: Transaction, tenantId: string, householdId: string) {
  return invoiceDetails(tx)
    .where(and(eq(stageInvoices.tenantId, tenantId), eq(stageInvoices.householdId, householdId)))
    .orderBy(desc(stageInvoices.issuedAt), desc(stageInvoices.id));
}

export function communeInvoices(tx: Transaction, tenantId: string, status: InvoiceStatus | undefined) {
  return invoiceDetails(tx)
    .where(and(eq(stageInvoices.tenantId, tenantId), status ? eq(stageInvoices.status, status) : undefined))
    .orderBy(desc(stageInvoices.issuedAt), desc(stageInvoices.id))
    .limit(500);
}

/** The invoice's status and dates, locked until commit (after its session and enrolment, if those are taken). */
export async function lockInvoice(tx: Transaction, tenantId: string, invoiceId: string) {
  const [row] = await tx
    .select({
      id: stageInvoices.id,
      status: stageInvoices.status,
      dueOn: stageInvoices.dueOn,
      reminderSentAt: stageInvoices.reminderSentAt,
      enrolmentId: stageInvoices.enrolmentId,
      amountCents: stageInvoices.amountCents,
    })
    .from(stageInvoices)
    .where(and(eq(stageInvoices.tenantId, tenantId), eq(stageInvoices.id, invoiceId)))
    .for('update');
  return row;
}

const byId = (tenantId: string, invoiceId: string) =>
  and(eq(stageInvoices.tenantId, tenantId), eq(stageInvoices.id, invoiceId));

export async function updateInvoice(
  tx: Transaction,
  tenantId: string,
  invoiceId: string,
  change: Partial<
    Pick<typeof stageInvoices.$inferInsert, 'status' | 'paidAt' | 'paidBy' | 'reminderSentAt'>
  > & {
    at: Date;
  },
): Promise<void> {
  const { at, ...set } = change;
  await tx
    .update(stageInvoices)
    .set({ ...set, updatedAt: at })
    .where(byId(tenantId, invoiceId));
}

/** The open invoice of an enrolment, if any: what a cancellation or a new price changes. */
export async function openInvoiceOf(tx: Transaction, tenantId: string, enrolmentId: string) {
  const [row] = await tx
    .select({ id: stageInvoices.id })
    .from(stageInvoices)
    .where(
      and(
        eq(stageInvoices.tenantId, tenantId),
        eq(stageInvoices.enrolmentId, enrolmentId),
        eq(stageInvoices.status, 'open'),
      ),
    )
    .for('update');
  return row;
}

export async function setInvoiceAmount(
  tx: Transaction,
  tenantId: string,
  invoiceId: string,
  amountCents: number,
  at: Date,
): Promise<void> {
  await tx.update(stageInvoices).set({ amountCents, updatedAt: at }).where(byId(tenantId, invoiceId));
}
