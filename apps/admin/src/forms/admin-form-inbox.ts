import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Commune, FormInboxEntry, StaffForm } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { formatDateTime } from '../i18n/format.ts';
import { AdminView } from '../ui/admin-view.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import './admin-form-submission.ts';
import { SUBMISSION_BACK_EVENT } from './admin-form-submission.ts';
import { labelIn } from './definition-fields.ts';
import { formStyles } from './form-styles.ts';
import { exportUrl, type InboxFilter, readInbox } from './forms-api.ts';

export const FORMS_BACK_EVENT = 'admin-forms-back';

/**
 * One form's submissions, newest first, filtered by status and searched by reference or answer
 * text, page by page; opening one shows it in place.
 */
export class AdminFormInbox extends AdminView {
  static override styles = [sharedStyles, formStyles];
  static override properties = {
    commune: { attribute: false },
    form: { attribute: false },
    entries: { state: true },
    nextCursor: { state: true },
    open: { state: true },
  } satisfies PropertyDeclarations;

  commune: Commune | undefined;
  form: StaffForm | undefined;
  private entries: FormInboxEntry[] | undefined;
  private nextCursor: string | null = null;
  private filter: InboxFilter = {};
  private open: string | undefined;
  private left: string | undefined;

  constructor() {
    super();
    this.addEventListener(SUBMISSION_BACK_EVENT, () => void this.close());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('commune') || changed.has('form')) && this.commune && this.form && !this.entries) {
      void this.load();
    }
  }

  private async load(cursor?: string): Promise<void> {
    const slug = this.commune?.slug;
    const form = this.form;
    if (!slug || !form) return;
    const result = await readInbox(slug, form.key, { ...this.filter, ...(cursor ? { cursor } : {}) });
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.clearErrors();
    this.entries = cursor ? [...(this.entries ?? []), ...result.data.submissions] : result.data.submissions;
    this.nextCursor = result.data.nextCursor;
  }

  private get shown(): number {
    return this.entries?.length ?? 0;
  }

  override async focusHeading(): Promise<void> {
    await this.updateComplete;
    const page = this.renderRoot.querySelector('admin-form-submission');
    if (page) return page.focusHeading();
    return super.focusHeading();
  }

  private statusLabel(key: string): string {
    const status = this.form?.statuses.find((candidate) => candidate.key === key);
    return status ? labelIn(status.label, this.ui, key) : key;
  }

  protected override render(): TemplateResult {
    const form = this.form;
    if (form && this.open) {
      return html`<admin-form-submission .ui=${this.ui} .commune=${this.commune} .formKey=${form.key}
        .submissionId=${this.open}></admin-form-submission>`;
    }
    const slug = this.commune?.slug ?? '';
    return html`<p>
        <button type="button" class="button secondary small" id="back" @click=${this.back}>
          ${this.t('backToForms')}
        </button>
      </p>
      <h1 tabindex="-1">${form ? labelIn(form.title, this.ui, form.key) : this.t('loading')}</h1>
      ${this.renderErrorSummary()}
      <form id="inbox-filter" role="search" @submit=${this.search}>
        <div class="row">
          <div class="field">
            <label for="status">${this.t('formStatus')}</label>
            <select id="status" name="status">
              <option value="">${this.t('allStatuses')}</option>
              ${form?.statuses.map(
                (status) =>
                  html`<option value=${status.key} ?selected=${this.filter.status === status.key}>
                    ${labelIn(status.label, this.ui, status.key)}
                  </option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="q">${this.t('searchSubmissions')}</label>
            <input type="search" id="q" name="q" maxlength="100" .value=${this.filter.q ?? ''} />
          </div>
          <div class="field">
            <button type="submit" class="button" id="search">${this.t('searchButton')}</button>
          </div>
        </div>
      </form>
      ${
        form
          ? html`<section aria-labelledby="exports-title" class="panel">
            <h2 id="exports-title">${this.t('listsTitle')}</h2>
            <div class="row">
              <a class="button secondary" id="download-csv" href=${exportUrl(slug, form.key, 'csv', this.ui)} download>${this.t('downloadCsv')}</a>
              <a class="button secondary" id="download-xlsx" href=${exportUrl(slug, form.key, 'xlsx', this.ui)} download>${this.t('downloadXlsx')}</a>
            </div>
          </section>`
          : ''
      }
      ${this.entries ? this.renderTable(this.entries) : this.renderLoading()}`;
  }

  private renderTable(entries: FormInboxEntry[]): TemplateResult {
    if (entries.length === 0) return html`<p id="no-submissions">${this.t('noSubmissions')}</p>`;
    return html`<div class="table-wrap">
        <table id="submissions">
          <caption>${this.t('submissionsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">${this.t('colReference')}</th>
              <th scope="col">${this.t('colSubmittedAt')}</th>
              <th scope="col">${this.t('formStatus')}</th>
              <th scope="col">${this.t('colAssignee')}</th>
              <th scope="col">${this.t('colSummary')}</th>
            </tr>
          </thead>
          <tbody>
            ${entries.map(
              (entry) => html`<tr data-submission=${entry.id}>
                <th scope="row">
                  <a href="#" id="open-${entry.id}" @click=${(event: Event) => this.show(event, entry.id)}>${entry.reference}</a>
                </th>
                <td>${formatDateTime(this.ui, entry.submittedAt)}</td>
                <td>${this.statusLabel(entry.status)}</td>
                <td>${entry.assignee?.name ?? '—'}</td>
                <td>${entry.summary}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${
        this.nextCursor
          ? html`<p><button type="button" class="button secondary" id="more" @click=${this.more}>${this.t('moreSubmissions')}</button></p>`
          : ''
      }`;
  }

  private readonly search = async (event: Event): Promise<void> => {
    event.preventDefault();
    const status = this.fieldValue('#status');
    const q = this.fieldValue('#q').trim();
    this.filter = { ...(status ? { status } : {}), ...(q ? { q } : {}) };
    this.entries = undefined;
    await this.load();
    this.announce(this.t('submissionsFound', { count: String(this.shown) }));
  };

  private readonly more = async (): Promise<void> => {
    const count = this.entries?.length ?? 0;
    if (this.nextCursor) await this.load(this.nextCursor);
    await this.updateComplete;
    // Focus goes to the first new row, so keyboard users carry on where the list grew.
    const next = this.entries?.[count];
    if (next) this.renderRoot.querySelector<HTMLElement>(`#open-${next.id}`)?.focus();
  };

  private readonly back = (): void => {
    this.dispatchEvent(new CustomEvent(FORMS_BACK_EVENT, { bubbles: true, composed: true }));
  };

  private async show(event: Event, submissionId: string): Promise<void> {
    event.preventDefault();
    this.clearErrors();
    this.open = submissionId;
    await this.focusHeading();
  }

  private async close(): Promise<void> {
    this.left = this.open;
    this.open = undefined;
    await this.load();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#open-${this.left}`)?.focus();
  }
}

customElements.define('admin-form-inbox', AdminFormInbox);

declare global {
  interface HTMLElementTagNameMap {
    'admin-form-inbox': AdminFormInbox;
  }
}
