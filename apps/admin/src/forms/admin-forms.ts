import { html, type TemplateResult } from 'lit';
import type { ApiResult } from '../api/api-result.ts';
import type { StaffForm } from '../api/api-types.ts';
import { AdminListView } from '../ui/admin-list-view.ts';
import './admin-form-inbox.ts';
import { FORMS_BACK_EVENT } from './admin-form-inbox.ts';
import { labelIn } from './definition-fields.ts';
import { listForms } from './forms-api.ts';

/**
 * The commune's forms with their submissions per status; opening one shows its inbox in place,
 * and "back" returns to the table.
 */
export class AdminForms extends AdminListView<StaffForm> {
  protected readonly pageTag = 'admin-form-inbox';

  constructor() {
    super(FORMS_BACK_EVENT);
  }

  // Submissions may have moved on while an inbox was open: the list is read again on the way back.
  protected async fetchItems(slug: string): Promise<ApiResult<StaffForm[]>> {
    const result = await listForms(slug);
    return result.ok ? { ok: true, data: result.data.forms } : result;
  }

  protected override render(): TemplateResult {
    const form = this.items?.find((candidate) => candidate.key === this.open);
    if (form) {
      return html`<admin-form-inbox .ui=${this.ui} .commune=${this.commune} .form=${form}></admin-form-inbox>`;
    }
    return html`<h1 tabindex="-1">${this.t('navForms')}</h1>
      ${this.renderErrorSummary()}
      <p>${this.t('formsIntro')}</p>
      ${this.items ? this.renderTable(this.items) : this.renderLoading()}`;
  }

  private renderTable(forms: StaffForm[]): TemplateResult {
    if (forms.length === 0) return html`<p>${this.t('noForms')}</p>`;
    return html`<div class="table-wrap">
      <table id="forms">
        <caption>${this.t('navForms')}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t('colForm')}</th>
            <th scope="col">${this.t('colSubmissionsByStatus')}</th>
          </tr>
        </thead>
        <tbody>
          ${forms.map(
            (form) => html`<tr data-form=${form.key}>
              <th scope="row">
                <a href="#" id="open-${form.key}" @click=${(event: Event) => this.show(event, form.key)}>
                  ${labelIn(form.title, this.ui, form.key)}
                </a>
              </th>
              <td>
                <ul class="plain">
                  ${form.statuses.map(
                    (status) => html`<li data-status=${status.key}>
                      ${labelIn(status.label, this.ui, status.key)}: ${form.counts[status.key] ?? 0}
                    </li>`,
                  )}
                </ul>
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

customElements.define('admin-forms', AdminForms);

declare global {
  interface HTMLElementTagNameMap {
    'admin-forms': AdminForms;
  }
}
