import { formatStructuredCommunication } from '@communa/forms';
import type { TenantConfig } from '@communa/tenant-config';
import { fillTranslations } from '@communa/tenant-config';
import type { z } from 'zod';
import { qrPath } from './epc-qr.ts';
import type { InvoiceDetails } from './invoice-store.ts';
import { epcPayload } from './payment-rules.ts';
import type { myInvoiceSchema, staffInvoiceSchema } from './payment-schemas.ts';

type Languages = TenantConfig['languages'];
type Bank = { iban: string; bic: string; holder: string };

export function presentStaffInvoice(
  invoice: InvoiceDetails,
  languages: Languages,
): z.infer<typeof staffInvoiceSchema> {
  return {
    id: invoice.id,
    enrolmentId: invoice.enrolmentId,
    reference: invoice.reference,
    childFirstName: invoice.childFirstName,
    stageTitle: fillTranslations(invoice.stageTitle, languages),
    firstDay: invoice.firstDay,
    amountCents: invoice.amountCents,
    status: invoice.status,
    issuedAt: invoice.issuedAt.toISOString(),
    dueOn: invoice.dueOn,
    paidAt: invoice.paidAt?.toISOString() ?? null,
    structuredCommunication: formatStructuredCommunication(invoice.structuredCommunication),
  };
}

/** As the family sees it: what to transfer where, and the QR code while there is something to pay. */
export function presentMyInvoice(
  invoice: InvoiceDetails,
  languages: Languages,
  bank: Bank,
): z.infer<typeof myInvoiceSchema> {
  const payable = invoice.status === 'open' && invoice.amountCents > 0;
  const payload = payable
    ? epcPayload({
        bic: bank.bic,
        beneficiary: bank.holder,
        iban: bank.iban,
        amountCents: invoice.amountCents,
        structuredCommunication: invoice.structuredCommunication,
      })
    : undefined;
  return {
    ...presentStaffInvoice(invoice, languages),
    iban: bank.iban,
    bic: bank.bic,
    beneficiary: bank.holder,
    epc: payload ? { payload, qr: qrPath(payload) } : null,
  };
}
