import type { Transaction } from '@communa/db';
import { openInvoiceOf, setInvoiceAmount, updateInvoice } from './invoice-store.ts';

/**
 * An enrolment was cancelled with `feeCents` to pay. An open invoice now asks for the fee only (the
 * same structured communication), or is cancelled when the cancellation is free. A paid invoice
 * stays paid: the enrolment's recorded credit is what the commune pays back.
 */
export async function settleInvoiceOnCancellation(
  tx: Transaction,
  tenantId: string,
  enrolmentId: string,
  feeCents: number,
  at: Date,
): Promise<void> {
  const open = await openInvoiceOf(tx, tenantId, enrolmentId);
  if (!open) return;
  if (feeCents > 0) await setInvoiceAmount(tx, tenantId, open.id, feeCents, at);
  else await updateInvoice(tx, tenantId, open.id, { status: 'cancelled', at });
}

/** A sibling's cancellation changed this enrolment's price: an unpaid invoice follows it. */
export async function repriceInvoice(
  tx: Transaction,
  tenantId: string,
  enrolmentId: string,
  priceCents: number,
  at: Date,
): Promise<void> {
  const open = await openInvoiceOf(tx, tenantId, enrolmentId);
  if (open) await setInvoiceAmount(tx, tenantId, open.id, priceCents, at);
}
