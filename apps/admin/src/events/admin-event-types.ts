import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Commune, EditableEventConfiguration } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { formStyles } from '../forms/form-styles.ts';
import type { Language } from '../i18n/languages.ts';
import { AdminView } from '../ui/admin-view.ts';
import '../ui/confirm-dialog.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import './admin-event-resources.ts';
import './admin-event-type-editor.ts';
import { EVENT_TYPE_BACK_EVENT } from './admin-event-type-editor.ts';
import { readEventConfiguration, removeEventType } from './event-config-api.ts';
import { eventStyles } from './event-styles.ts';

/** The types list, or the editor of one type (`''` for a new one). */
type Editing = string | undefined;

/**
 * What requesters may ask the commune for, where, and with what, in a commune whose back-office is
 * the truth (`source: admin`), for its admins: the event types (opened in an editor in place, added,
 * removed), the bookable places and the equipment lent with its stock.
 */
export class AdminEventTypes extends AdminView {
  static override styles = [sharedStyles, formStyles, eventStyles];
  static override properties = {
    commune: { attribute: false },
    config: { state: true },
    editing: { state: true },
  } satisfies PropertyDeclarations;

  commune: Commune | undefined;
  private config: EditableEventConfiguration | undefined;
  private editing: Editing;

  constructor() {
    super();
    this.addEventListener(EVENT_TYPE_BACK_EVENT, (event) => {
      const key = event instanceof CustomEvent && typeof event.detail === 'string' ? event.detail : undefined;
      void this.closeEditor(key);
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('commune') && this.commune) {
      this.config = undefined;
      this.editing = undefined;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const slug = this.commune?.slug;
    if (!slug) return;
    const result = await readEventConfiguration(slug);
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.config = result.data;
  }

  private textIn(texts: Partial<Record<Language, string>>, fallback: string): string {
    return texts[this.ui] ?? texts[this.config?.languages.default ?? this.ui] ?? fallback;
  }

  protected override render(): TemplateResult {
    const config = this.config;
    if (this.editing !== undefined && config)
      return html`<admin-event-type-editor .ui=${this.ui} .commune=${this.commune} .config=${config}
        .typeKey=${this.editing === '' ? undefined : this.editing}></admin-event-type-editor>`;
    return html`${this.renderErrorSummary()}
      <p>${this.t('eventConfigIntro')}</p>
      ${config ? this.renderConfiguration(config) : this.renderLoading()}
      <admin-confirm-dialog></admin-confirm-dialog>`;
  }

  private renderConfiguration(config: EditableEventConfiguration): TemplateResult {
    return html`<section aria-labelledby="event-types-title">
        <h2 id="event-types-title" tabindex="-1">${this.t('eventTypesTitle')}</h2>
        ${this.renderTypes(config)}
        <p><button type="button" class="button" id="open-new-type" @click=${() => this.openEditor('')}>
          ${this.t('newEventType')}
        </button></p>
      </section>
      <admin-event-resources .ui=${this.ui} .commune=${this.commune} .config=${config}
        @event-config-saved=${() => void this.load()}></admin-event-resources>`;
  }

  private renderTypes(config: EditableEventConfiguration): TemplateResult {
    const services = new Map(config.services.map((service) => [service.key, service.name]));
    const forms = new Map(config.forms.map((form) => [form.key, form.title]));
    return html`<div class="table-wrap">
      <table id="event-types">
        <caption class="visually-hidden">${this.t('eventTypesTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t('colEventType')}</th>
            <th scope="col">${this.t('eventTypeForm')}</th>
            <th scope="col">${this.t('colLeadTime')}</th>
            <th scope="col">${this.t('eventTypeOpinions')}</th>
            <th scope="col">${this.t('colPublicCalendar')}</th>
            <th scope="col">${this.t('colActions')}</th>
          </tr>
        </thead>
        <tbody>
          ${config.types.map((type) => {
            const name = this.textIn(type.name, type.key);
            return html`<tr data-type=${type.key}>
              <th scope="row">${name}</th>
              <td>${this.textIn(forms.get(type.form) ?? {}, type.form)}</td>
              <td>${this.t('leadTimeDaysValue', { days: String(type.leadTimeDays) })}</td>
              <td>${type.opinions.map((key) => this.textIn(services.get(key) ?? {}, key)).join(', ')}</td>
              <td>${this.t(type.publicCalendar ? 'yes' : 'no')}</td>
              <td>
                <div class="row">
                  <button type="button" class="button small" id="open-type-${type.key}"
                    @click=${() => this.openEditor(type.key)}>${this.t('editEventType', { type: name })}</button>
                  <button type="button" class="button secondary small" id="remove-type-${type.key}"
                    @click=${() => this.removeType(type.key, name)}>${this.t('removeEventType', { type: name })}</button>
                </div>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${config.types.length === 0 ? html`<p>${this.t('noEventTypes')}</p>` : nothing}`;
  }

  private async openEditor(key: string): Promise<void> {
    this.clearErrors();
    this.editing = key;
    await this.updateComplete;
    const editor = this.renderRoot.querySelector('admin-event-type-editor');
    await editor?.updateComplete;
    editor?.shadowRoot?.querySelector<HTMLElement>('#type-editor-title')?.focus();
  }

  /** Back from the editor: the configuration read again, focus on the type's own button. */
  private async closeEditor(key: string | undefined): Promise<void> {
    this.editing = undefined;
    await this.load();
    await this.updateComplete;
    const button = key ? this.renderRoot.querySelector<HTMLElement>(`#open-type-${CSS.escape(key)}`) : null;
    (button ?? this.renderRoot.querySelector<HTMLElement>('#event-types-title'))?.focus();
  }

  private async removeType(key: string, name: string): Promise<void> {
    const slug = this.commune?.slug;
    const dialog = this.renderRoot.querySelector('admin-confirm-dialog');
    if (!slug || !dialog) return;
    const confirmed = await dialog.ask({
      title: this.t('confirmTitle'),
      message: this.t('confirmRemoveEventType', { type: name }),
      confirmLabel: this.t('removeEventType', { type: name }),
      cancelLabel: this.t('keepEventType'),
    });
    if (!confirmed) return;
    const result = await removeEventType(slug, key);
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.clearErrors();
    this.announce(this.t('eventTypeRemoved', { type: name }));
    await this.load();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#event-types-title')?.focus();
  }
}

customElements.define('admin-event-types', AdminEventTypes);

declare global {
  interface HTMLElementTagNameMap {
    'admin-event-types': AdminEventTypes;
  }
}
