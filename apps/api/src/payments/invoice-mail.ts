import type { Transaction } from '@communa/db';
import { localize } from '@communa/tenant-config';
import type { OutgoingMail } from '../notifications/mailer.ts';
import { mailLanguage } from '../notifications/templates/mail-brand.ts';
import { tenantMailBrand } from '../notifications/tenant-mail.ts';
import { enrolmentRecipient } from '../stages/enrolment-change-store.ts';
import type { ResolvedTenant } from '../tenants/tenant-directory.ts';
import { qrPng } from './epc-qr.ts';
import { graceUntil } from './invoice-due.ts';
import { renderInvoiceMail } from './invoice-mail-template.ts';
import { bankAccountOf, findInvoice } from './invoice-store.ts';
import type { InvoiceMailJob } from './issue-invoice.ts';
import { epcPayload } from './payment-rules.ts';

/**
 * The e-mail of an invoice, rendered when its job runs (the QR code is drawn here, outside the
 * enrolment's transaction); undefined when there is nothing to say any more (an invoice paid or
 * cancelled before its issue or reminder e-mail left) or nobody to tell.
 */
export async function invoiceMail(
  tx: Transaction,
  tenant: ResolvedTenant,
  job: InvoiceMailJob,
  graceDays: number,
): Promise<OutgoingMail | undefined> {
  const [invoice] = await findInvoice(tx, tenant.id, job.invoiceId);
  if (!invoice) return undefined;
  if (job.kind !== 'released' && invoice.status !== 'open') return undefined;
  const recipient = await enrolmentRecipient(tx, tenant.id, invoice);
  if (!recipient) return undefined;
  const config = tenant.publicConfig;
  const lang = mailLanguage(config, recipient.language);
  const bank = await bankAccountOf(tx, tenant.id);
  const payBy =
    job.kind === 'reminder' && invoice.reminderSentAt
      ? graceUntil(invoice.reminderSentAt, graceDays)
      : invoice.dueOn;
  const content = renderInvoiceMail(tenantMailBrand(tenant, lang), {
    kind: job.kind,
    stageTitle: localize(invoice.stageTitle, lang, config.languages.default),
    firstName: invoice.childFirstName,
    reference: invoice.reference,
    amountCents: invoice.amountCents,
    payBy,
    structuredCommunication: invoice.structuredCommunication,
    bank,
  });
  const transfer = {
    bic: bank.bic,
    beneficiary: bank.holder,
    iban: bank.iban,
    amountCents: invoice.amountCents,
    structuredCommunication: invoice.structuredCommunication,
  };
  const qr =
    job.kind !== 'released' && invoice.amountCents > 0 ? await qrPng(epcPayload(transfer)) : undefined;
  return {
    to: recipient.email,
    idempotencyKey: `stage-invoice/${job.kind}/${invoice.id}`,
    content,
    tags: [{ name: 'kind', value: `stage-invoice-${job.kind}` }],
    ...(qr
      ? {
          attachments: [
            {
              filename: `${invoice.reference}.png`,
              contentType: 'image/png',
              contentBase64: qr.toString('base64'),
            },
          ],
        }
      : {}),
  };
}
