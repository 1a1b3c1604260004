import { css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Commune, InvoiceStatus, StaffInvoice } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { formatDay, formatEuros } from '../i18n/format.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { AdminView } from '../ui/admin-view.ts';
import '../ui/confirm-dialog.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import { listInvoices, markPaid } from './payments-api.ts';

const STATUSES: readonly InvoiceStatus[] = ['open', 'paid', 'cancelled', 'released'];
const STATUS_LABELS: Readonly<Record<InvoiceStatus, MessageKey>> = {
  open: 'invoiceOpen',
  paid: 'invoicePaid',
  cancelled: 'invoiceCancelled',
  released: 'invoiceReleased',
};

/** Digits only: a bank statement prints `+++123/4567/89012+++`, `123456789012` or parts of it. */
const digits = (text: string) => text.replace(/\D/g, '');

/**
 * The commune's stage invoices (admins and stage managers): by status, found by the structured
 * communication a bank statement shows or by the enrolment's reference, and marked paid once the
 * transfer is in (the seat is then kept and no reminder goes).
 */
export class AdminPayments extends AdminView {
  static override styles = [
    sharedStyles,
    css`
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        align-items: end;
      }

      .communication {
        font-family: ui-monospace, monospace;
        white-space: nowrap;
      }
    `,
  ];
  static override properties = {
    commune: { attribute: false },
    invoices: { state: true },
    status: { state: true },
    search: { state: true },
    paying: { state: true },
  } satisfies PropertyDeclarations;

  commune: Commune | undefined;
  private invoices: StaffInvoice[] | undefined;
  private status: InvoiceStatus | '' = 'open';
  private search = '';
  /** The invoice whose payment is on its way to the API. */
  private paying: string | undefined;

  // `status` is private state, which PropertyValues<this> does not name.
  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('commune') || changed.has('status')) && this.commune) {
      this.invoices = undefined;
      void this.load(this.commune.slug);
    }
  }

  private async load(slug: string): Promise<void> {
    const result = await listInvoices(slug, this.status || undefined);
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.invoices = result.data.invoices;
  }

  private get shown(): StaffInvoice[] {
    const wanted = this.search.trim().toLowerCase();
    if (!wanted) return this.invoices ?? [];
    const wantedDigits = digits(wanted);
    return (this.invoices ?? []).filter(
      (invoice) =>
        invoice.reference.toLowerCase().includes(wanted) ||
        (wantedDigits.length >= 3 && digits(invoice.structuredCommunication).includes(wantedDigits)),
    );
  }

  protected override render(): TemplateResult {
    return html`<h1 tabindex="-1">${this.t('navPayments')}</h1>
      ${this.renderErrorSummary()}
      <p>${this.t('paymentsIntro')}</p>
      <div class="filters panel">
        <div class="field">
          <label for="invoice-status">${this.t('invoiceStatus')}</label>
          <select id="invoice-status" @change=${this.onStatus}>
            <option value="" ?selected=${this.status === ''}>${this.t('invoiceAll')}</option>
            ${STATUSES.map(
              (status) =>
                html`<option value=${status} ?selected=${this.status === status}>${this.t(STATUS_LABELS[status])}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="invoice-search">${this.t('invoiceSearch')}</label>
          <input id="invoice-search" type="search" autocomplete="off" .value=${this.search}
            @input=${this.onSearch} />
        </div>
      </div>
      ${this.invoices ? this.renderTable(this.shown) : this.renderLoading()}
      <p class="muted" aria-live="polite" id="invoice-count">
        ${this.invoices ? this.t('invoiceCount', { count: String(this.shown.length) }) : nothing}
      </p>
      <admin-confirm-dialog></admin-confirm-dialog>`;
  }

  private renderTable(invoices: StaffInvoice[]): TemplateResult {
    if (invoices.length === 0) return html`<p>${this.t('noInvoices')}</p>`;
    return html`<div class="table-wrap">
      <table id="invoices">
        <caption>${this.t('navPayments')}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t('colCommunication')}</th>
            <th scope="col">${this.t('colChildStage')}</th>
            <th scope="col">${this.t('colAmount')}</th>
            <th scope="col">${this.t('colDueOn')}</th>
            <th scope="col">${this.t('invoiceStatus')}</th>
          </tr>
        </thead>
        <tbody>
          ${invoices.map((invoice) => this.renderRow(invoice))}
        </tbody>
      </table>
    </div>`;
  }

  private renderRow(invoice: StaffInvoice): TemplateResult {
    const stage = invoice.stageTitle[this.ui] ?? Object.values(invoice.stageTitle)[0] ?? '';
    const label = `${invoice.structuredCommunication} (${invoice.childFirstName})`;
    return html`<tr data-invoice=${invoice.id}>
      <th scope="row" class="communication">${invoice.structuredCommunication}</th>
      <td>${invoice.childFirstName} · ${stage}<br /><span class="muted">${invoice.reference}</span></td>
      <td>${formatEuros(this.ui, invoice.amountCents)}</td>
      <td>${formatDay(this.ui, invoice.dueOn)}</td>
      <td id="status-${invoice.id}" tabindex="-1">
        ${this.t(STATUS_LABELS[invoice.status])}
        ${invoice.paidAt ? html`<br /><span class="muted">${formatDay(this.ui, invoice.paidAt)}</span>` : nothing}
        ${
          invoice.status === 'open'
            ? html`<div class="actions"><button type="button" class="button small mark-paid"
                aria-label="${this.t('markPaid')} ${label}" ?disabled=${this.paying !== undefined}
                @click=${() => this.pay(invoice, label)}>${this.t('markPaid')}</button></div>`
            : nothing
        }
      </td>
    </tr>`;
  }

  private readonly onStatus = (event: Event): void => {
    const value = event.target instanceof HTMLSelectElement ? event.target.value : '';
    this.status = STATUSES.find((status) => status === value) ?? '';
  };

  private readonly onSearch = (event: Event): void => {
    this.search = event.target instanceof HTMLInputElement ? event.target.value : '';
  };

  private async pay(invoice: StaffInvoice, label: string): Promise<void> {
    const slug = this.commune?.slug;
    const dialog = this.renderRoot.querySelector('admin-confirm-dialog');
    if (!slug || !dialog) return;
    const confirmed = await dialog.ask({
      title: this.t('confirmTitle'),
      message: this.t('confirmMarkPaid', {
        invoice: label,
        amount: formatEuros(this.ui, invoice.amountCents),
      }),
      confirmLabel: this.t('markPaid'),
      cancelLabel: this.t('cancel'),
    });
    if (!confirmed) return;
    this.paying = invoice.id;
    const result = await markPaid(slug, invoice.id);
    this.paying = undefined;
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.clearErrors();
    const paid = result.data;
    this.invoices = this.invoices?.map((row) => (row.id === paid.id ? paid : row));
    this.announce(this.t('announceMarkedPaid', { invoice: label }));
    // The button is gone with the payment: focus goes to the cell that now says so.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#status-${paid.id}`)?.focus();
  }
}

customElements.define('admin-payments', AdminPayments);

declare global {
  interface HTMLElementTagNameMap {
    'admin-payments': AdminPayments;
  }
}
