import { html, nothing, svg, type TemplateResult } from 'lit';
import { createLocalizer } from '../core/localizer.ts';
import type { MyInvoice } from './account-api.ts';
import type { AccountArea } from './account-area.ts';
import { formatCalendarDay, formatEuros, groupIban, invoiceStatusText } from './invoice-format.ts';
import { renderHeading } from './section-heading.ts';

/** The household's stage invoices: amount and status, and for an open one how to pay it. */
export function renderInvoices(area: AccountArea, invoices: readonly MyInvoice[]): TemplateResult {
  return html`${renderHeading(area.sectionLevel + 1, area.t('invoicesHeading'))}
    <ul class="invoices" part="list">${invoices.map((invoice) => renderInvoice(area, invoice))}</ul>`;
}

function renderInvoice(area: AccountArea, invoice: MyInvoice): TemplateResult {
  const { t } = area;
  const lang = area.host.ui();
  const title = createLocalizer(lang, area.host.config()?.languages).content(invoice.stageTitle);
  const amount = formatEuros(invoice.amountCents, lang);
  return html`<li id="invoice-${invoice.id}" class="invoice" part="item invoice"
    data-reference=${invoice.reference} data-status=${invoice.status}>
    <p><strong>${invoice.childFirstName}</strong> — <span lang=${title.lang}>${title.text}</span></p>
    <p class="invoice-amount">${t('invoiceAmount', { amount })}</p>
    <p class="invoice-status">${t('invoiceStatus', { status: t(invoiceStatusText(invoice.status)) })}</p>
    ${
      invoice.status === 'open'
        ? html`<p>${t('invoiceDue', { date: formatCalendarDay(invoice.dueOn, lang) })}</p>`
        : invoice.status === 'paid' && invoice.paidAt
          ? html`<p>${t('invoicePaidOn', { date: area.formatDay(invoice.paidAt) })}</p>`
          : nothing
    }
    ${invoice.status === 'open' ? renderPayment(area, invoice, amount) : nothing}
  </li>`;
}

/** Each detail on its own line, selected whole by one click so it copies without stray text. */
function renderPayment(area: AccountArea, invoice: MyInvoice, amount: string): TemplateResult {
  const { t } = area;
  const detail = (label: string, value: string) =>
    html`<div><dt>${label}</dt><dd><code class="copy" part="copy">${value}</code></dd></div>`;
  return html`<p>${t(invoice.epc ? 'invoiceHowToPayQr' : 'invoiceHowToPay')}</p>
    <div class="payment" part="payment">
      <dl class="payment-details">
        ${detail(t('invoiceBeneficiary'), invoice.beneficiary)}
        ${detail(t('invoiceIban'), groupIban(invoice.iban))}
        ${detail(t('invoiceBic'), invoice.bic)}
        ${detail(t('invoiceCommunication'), invoice.structuredCommunication)}
        ${detail(t('invoiceAmountLabel'), amount)}
      </dl>
      ${invoice.epc ? renderQr(area, invoice, invoice.epc.qr, amount) : nothing}
    </div>`;
}

/** The EPC QR code, drawn from the server's path of dark modules: inline SVG, no image URL. */
function renderQr(
  area: AccountArea,
  invoice: MyInvoice,
  qr: { size: number; path: string },
  amount: string,
): TemplateResult {
  const label = area.t('invoiceQrLabel', {
    amount,
    beneficiary: invoice.beneficiary,
    communication: invoice.structuredCommunication,
  });
  return html`<svg class="qr" part="qr" viewBox="0 0 ${qr.size} ${qr.size}" role="img" aria-label=${label}
    >${svg`<path d=${qr.path}></path>`}</svg>`;
}
