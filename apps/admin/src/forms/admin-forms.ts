import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Commune, StaffForm } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { AdminView } from '../ui/admin-view.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import './admin-form-inbox.ts';
import { FORMS_BACK_EVENT } from './admin-form-inbox.ts';
import { labelIn } from './definition-fields.ts';
import { listForms } from './forms-api.ts';

/**
 * The commune's forms with their submissions per status; opening one shows its inbox in place,
 * and "back" returns to the table.
 */
export class AdminForms extends AdminView {
  static override styles = [sharedStyles];
  static override properties = {
    commune: { attribute: false },
    forms: { state: true },
    open: { state: true },
  } satisfies PropertyDeclarations;

  commune: Commune | undefined;
  private forms: StaffForm[] | undefined;
  /** The form whose inbox is shown, if one is. */
  private open: string | undefined;
  /** The form whose inbox was left, so focus returns to its link. */
  private left: string | undefined;

  constructor() {
    super();
    this.addEventListener(FORMS_BACK_EVENT, () => void this.close());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('commune') && this.commune) {
      this.forms = undefined;
      this.open = undefined;
      void this.load(this.commune.slug);
    }
  }

  private async load(slug: string): Promise<void> {
    const result = await listForms(slug);
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.forms = result.data.forms;
  }

  override async focusHeading(): Promise<void> {
    await this.updateComplete;
    const inbox = this.renderRoot.querySelector('admin-form-inbox');
    if (inbox) return inbox.focusHeading();
    return super.focusHeading();
  }

  protected override render(): TemplateResult {
    const form = this.forms?.find((candidate) => candidate.key === this.open);
    if (form) {
      return html`<admin-form-inbox .ui=${this.ui} .commune=${this.commune} .form=${form}></admin-form-inbox>`;
    }
    return html`<h1 tabindex="-1">${this.t('navForms')}</h1>
      ${this.renderErrorSummary()}
      <p>${this.t('formsIntro')}</p>
      ${this.forms ? this.renderTable(this.forms) : this.renderLoading()}`;
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

  private async show(event: Event, formKey: string): Promise<void> {
    event.preventDefault();
    this.clearErrors();
    this.open = formKey;
    await this.focusHeading();
  }

  private async close(): Promise<void> {
    this.left = this.open;
    this.open = undefined;
    const slug = this.commune?.slug;
    // Submissions may have moved on while the inbox was open.
    if (slug) await this.load(slug);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#open-${CSS.escape(this.left ?? '')}`)?.focus();
  }
}

customElements.define('admin-forms', AdminForms);

declare global {
  interface HTMLElementTagNameMap {
    'admin-forms': AdminForms;
  }
}
