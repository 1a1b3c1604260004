import { html, type TemplateResult } from 'lit';
import type { ApiResult } from '../api/api-result.ts';
import type { StaffForm } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { translate } from '../i18n/messages.ts';
import { AdminListView } from '../ui/admin-list-view.ts';
import { AdminView } from '../ui/admin-view.ts';
import './admin-form-editor.ts';
import './admin-form-inbox.ts';
import { FORMS_BACK_EVENT } from './admin-form-inbox.ts';
import { labelIn } from './definition-fields.ts';
import { starterDefinition } from './form-draft.ts';
import { formStyles } from './form-styles.ts';
import { createForm, listForms } from './forms-api.ts';

/** The item key of a form's editor (a colon cannot be in a form key). */
const EDIT = 'edit:';

/**
 * The commune's forms with their submissions per status; opening one shows its inbox in place,
 * and "back" returns to the table.
 */
export class AdminForms extends AdminListView<StaffForm> {
  static override styles = [...AdminView.styles, formStyles];
  protected readonly pageTag = 'admin-form-inbox';

  constructor() {
    super(FORMS_BACK_EVENT);
  }

  // Submissions may have moved on while an inbox was open: the list is read again on the way back.
  protected async fetchItems(slug: string): Promise<ApiResult<StaffForm[]>> {
    const result = await listForms(slug);
    return result.ok ? { ok: true, data: result.data.forms } : result;
  }

  /** Forms are edited here only where the back-office is the truth (`source: admin`). */
  private get editable(): boolean {
    return this.commune?.source === 'admin';
  }

  override async focusHeading(): Promise<void> {
    await this.updateComplete;
    const editor = this.renderRoot.querySelector('admin-form-editor');
    if (editor) return editor.focusHeading();
    return super.focusHeading();
  }

  protected override render(): TemplateResult {
    if (this.open?.startsWith(EDIT)) {
      return html`<admin-form-editor .ui=${this.ui} .commune=${this.commune}
        .formKey=${this.open.slice(EDIT.length)}></admin-form-editor>`;
    }
    const form = this.items?.find((candidate) => candidate.key === this.open);
    if (form) {
      return html`<admin-form-inbox .ui=${this.ui} .commune=${this.commune} .form=${form}></admin-form-inbox>`;
    }
    return html`<h1 tabindex="-1">${this.t('navForms')}</h1>
      ${this.renderErrorSummary()}
      <p>${this.t('formsIntro')}</p>
      ${this.items ? this.renderTable(this.items) : this.renderLoading()}
      ${this.editable ? this.renderNewForm() : html`<p class="hint">${this.t('formsManagedAsCode')}</p>`}`;
  }

  private renderNewForm(): TemplateResult {
    const key = this.fieldState('new-form-key', 'new-form-key-hint');
    const title = this.fieldState('new-form-title');
    return html`<section class="panel" aria-labelledby="new-form-heading">
      <h2 id="new-form-heading">${this.t('newFormTitle')}</h2>
      <form id="new-form" novalidate @submit=${this.create}>
        <div class="row">
          <div class="field">
            <label for="new-form-key">${this.t('editorFieldKey')}</label>
            <input type="text" id="new-form-key" required aria-invalid=${key.invalid} aria-describedby=${key.describedBy} />
            <p class="hint" id="new-form-key-hint">${this.t('newFormKeyHint')}</p>
            ${this.renderFieldError('new-form-key')}
          </div>
          <div class="field">
            <label for="new-form-title">${this.t('editorFormTitle')}</label>
            <input type="text" id="new-form-title" required aria-invalid=${title.invalid} aria-describedby=${title.describedBy} />
            ${this.renderFieldError('new-form-title')}
          </div>
          <div class="field">
            <button type="submit" class="button" id="create-form">${this.t('newFormCreate')}</button>
          </div>
        </div>
      </form>
    </section>`;
  }

  private readonly create = async (event: Event): Promise<void> => {
    event.preventDefault();
    const slug = this.commune?.slug;
    if (!slug) return;
    const key = this.fieldValue('#new-form-key').trim();
    const title = this.fieldValue('#new-form-title').trim();
    const errors = [
      ...(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/.test(key)
        ? []
        : [{ field: 'new-form-key', message: this.t('newFormKeyInvalid') }]),
      ...(title ? [] : [{ field: 'new-form-title', message: this.t('newFormTitleRequired') }]),
    ];
    if (errors.length > 0) return this.showErrors(errors);
    // Every text needs the commune's default language: the new form starts in it.
    const language = this.commune?.defaultLanguage ?? this.ui;
    const result = await createForm(slug, {
      key,
      access: 'signed-in',
      definition: {
        ...starterDefinition(title, language, {
          page: translate(language, 'editorNewPage'),
          field: translate(language, 'editorNewField'),
        }),
      },
    });
    if (!result.ok) {
      const field =
        result.code === 'form_exists' || result.code === 'validation_failed' ? 'new-form-key' : undefined;
      return this.showErrors([{ message: this.t(problemMessage(result.code)), ...(field ? { field } : {}) }]);
    }
    this.announce(this.t('newFormCreated'));
    await this.show(event, `${EDIT}${key}`);
  };

  private renderTable(forms: StaffForm[]): TemplateResult {
    if (forms.length === 0) return html`<p>${this.t('noForms')}</p>`;
    return html`<div class="table-wrap">
      <table id="forms">
        <caption>${this.t('navForms')}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t('colForm')}</th>
            <th scope="col">${this.t('colSubmissionsByStatus')}</th>
            ${this.editable ? html`<th scope="col">${this.t('colFormDefinition')}</th>` : ''}
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
              ${
                this.editable
                  ? html`<td>
                    <a href="#" id="open-${EDIT}${form.key}" @click=${(event: Event) => this.show(event, `${EDIT}${form.key}`)}>
                      ${this.t('editForm', { form: labelIn(form.title, this.ui, form.key) })}
                    </a>
                  </td>`
                  : ''
              }
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
