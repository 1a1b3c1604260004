import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Commune, EditableEventConfiguration } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { formStyles } from '../forms/form-styles.ts';
import type { Language } from '../i18n/languages.ts';
import { LANGUAGE_NAMES } from '../i18n/languages.ts';
import { AdminView } from '../ui/admin-view.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import { createEventType, saveEventType } from './event-config-api.ts';
import { type TypeDraft, typeDraft, typeInput, typeNumberProblems } from './event-config-draft.ts';
import { fieldErrors } from './event-config-errors.ts';
import { eventStyles } from './event-styles.ts';

/** Sent when the editor is left; `detail` is the key of the type it showed, if it has one. */
export const EVENT_TYPE_BACK_EVENT = 'event-type-back';

type Texts = TypeDraft['name'];

/**
 * One event type, new or existing: its names and descriptions in each language the commune offers,
 * the form the requester fills, the attachments asked, the lead time, the services that give an
 * opinion and whether it may be published. Saved through the API, which checks it with the rules of
 * event-types.yaml; errors come back at their control and in the summary.
 */
export class AdminEventTypeEditor extends AdminView {
  static override styles = [sharedStyles, formStyles, eventStyles];
  static override properties = {
    commune: { attribute: false },
    config: { attribute: false },
    typeKey: { attribute: false },
    draft: { state: true },
    saving: { state: true },
  } satisfies PropertyDeclarations;

  commune: Commune | undefined;
  config: EditableEventConfiguration | undefined;
  /** The type edited; undefined for a new one. */
  typeKey: string | undefined;
  private draft: TypeDraft | undefined;
  private saving = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('config') || changed.has('typeKey')) && this.config && !this.draft) {
      const type = this.config.types.find((candidate) => candidate.key === this.typeKey);
      this.draft = typeDraft(type, this.config.forms[0]?.key ?? '');
    }
  }

  private get offered(): readonly Language[] {
    return this.config?.languages.offered ?? [this.ui];
  }

  private textIn(texts: Texts, fallback: string): string {
    const language = this.config?.languages.default ?? this.ui;
    return texts[this.ui] ?? texts[language] ?? fallback;
  }

  private change(update: Partial<TypeDraft>): void {
    if (this.draft) this.draft = { ...this.draft, ...update };
  }

  private changeAttachment(index: number, update: Partial<TypeDraft['attachments'][number]>): void {
    const attachments = this.draft?.attachments.map((attachment, at) =>
      at === index ? { ...attachment, ...update } : attachment,
    );
    if (attachments) this.change({ attachments });
  }

  protected override render(): TemplateResult {
    const draft = this.draft;
    if (!draft || !this.config) return html`${this.renderErrorSummary()}${this.renderLoading()}`;
    const title = this.typeKey
      ? this.t('eventTypeEditTitle', { type: this.textIn(draft.name, draft.key) })
      : this.t('eventTypeNewTitle');
    return html`<h2 id="type-editor-title" tabindex="-1">${title}</h2>
      ${this.renderErrorSummary()}
      <form id="type-editor" novalidate @submit=${this.save} aria-labelledby="type-editor-title">
        ${this.typeKey ? nothing : this.renderKey(draft)}
        ${this.offered.map((language) => this.renderText('name', language, draft.name))}
        ${this.offered.map((language) => this.renderText('description', language, draft.description))}
        ${this.renderForm(draft)}
        ${this.renderInput('type-leadTimeDays', this.t('eventTypeLeadTime'), draft.leadTimeDays, (value) => this.change({ leadTimeDays: value }), { numeric: true, hint: this.t('eventTypeLeadTimeHint') })}
        ${this.renderOpinions(draft)}
        <div class="field">
          <label class="choice" for="type-publicCalendar">
            <input type="checkbox" id="type-publicCalendar" .checked=${draft.publicCalendar}
              @change=${(event: Event) => this.change({ publicCalendar: (event.target as HTMLInputElement).checked })} />
            ${this.t('eventTypePublic')}
          </label>
          ${this.renderFieldError('type-publicCalendar')}
        </div>
        ${this.renderAttachments(draft)}
        <div class="actions">
          <button type="submit" class="button" id="type-save" ?disabled=${this.saving}>
            ${this.t(this.typeKey ? 'eventTypeSave' : 'eventTypeCreate')}
          </button>
          <button type="button" class="button secondary" id="type-back" @click=${this.back}>
            ${this.t('eventConfigBack')}
          </button>
        </div>
      </form>`;
  }

  private renderKey(draft: TypeDraft): TemplateResult {
    return this.renderInput(
      'type-key',
      this.t('eventConfigKey'),
      draft.key,
      (value) => this.change({ key: value }),
      {
        hint: this.t('eventConfigKeyHint'),
      },
    );
  }

  private renderText(which: 'name' | 'description', language: Language, texts: Texts): TemplateResult {
    const id = `type-${which}-${language}`;
    const label = this.t(which === 'name' ? 'eventTypeName' : 'eventTypeDescription', {
      language: LANGUAGE_NAMES[language],
    });
    const state = this.fieldState(id);
    const update = (event: Event) =>
      this.change({ [which]: { ...texts, [language]: (event.target as HTMLInputElement).value } });
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${
        which === 'name'
          ? html`<input type="text" id=${id} lang=${language} .value=${texts[language] ?? ''} @input=${update}
              aria-invalid=${state.invalid} aria-describedby=${state.describedBy} />`
          : html`<textarea id=${id} lang=${language} .value=${texts[language] ?? ''} @input=${update}
              aria-invalid=${state.invalid} aria-describedby=${state.describedBy}></textarea>`
      }
      ${this.renderFieldError(id)}
    </div>`;
  }

  private renderInput(
    id: string,
    label: string,
    value: string,
    update: (value: string) => void,
    options: { numeric?: boolean; hint?: string; lang?: Language } = {},
  ): TemplateResult {
    const hintId = options.hint ? `${id}-hint` : undefined;
    const state = this.fieldState(id, hintId);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${options.hint ? html`<p class="hint" id=${hintId ?? nothing}>${options.hint}</p>` : nothing}
      <input type="text" id=${id} .value=${value} inputmode=${options.numeric ? 'numeric' : nothing}
        lang=${options.lang ?? nothing} aria-invalid=${state.invalid} aria-describedby=${state.describedBy}
        @input=${(event: Event) => update((event.target as HTMLInputElement).value)} />
      ${this.renderFieldError(id)}
    </div>`;
  }

  private renderForm(draft: TypeDraft): TemplateResult {
    const state = this.fieldState('type-form');
    return html`<div class="field">
      <label for="type-form">${this.t('eventTypeForm')}</label>
      <select id="type-form" aria-invalid=${state.invalid} aria-describedby=${state.describedBy}
        @change=${(event: Event) => this.change({ form: (event.target as HTMLSelectElement).value })}>
        ${this.config?.forms.map(
          (form) => html`<option value=${form.key} ?selected=${form.key === draft.form}>
            ${this.textIn(form.title, form.key)}
          </option>`,
        )}
      </select>
      ${this.renderFieldError('type-form')}
    </div>`;
  }

  private renderOpinions(draft: TypeDraft): TemplateResult {
    const toggle = (key: string, on: boolean) => {
      const chosen = new Set(draft.opinions);
      if (on) chosen.add(key);
      else chosen.delete(key);
      // In the commune's order of services, as event-types.yaml lists them.
      this.change({ opinions: (this.config?.services ?? []).map((s) => s.key).filter((k) => chosen.has(k)) });
    };
    return html`<fieldset id="type-opinions" tabindex="-1"
        aria-describedby=${this.fieldError('type-opinions') ? 'type-opinions-error' : nothing}>
      <legend>${this.t('eventTypeOpinions')}</legend>
      <div class="choices">
        ${this.config?.services.map(
          (service) => html`<label class="choice" for="type-opinions-${service.key}">
            <input type="checkbox" id="type-opinions-${service.key}" .checked=${draft.opinions.includes(service.key)}
              @change=${(event: Event) => toggle(service.key, (event.target as HTMLInputElement).checked)} />
            ${this.textIn(service.name, service.key)}
          </label>`,
        )}
      </div>
      ${this.renderFieldError('type-opinions')}
    </fieldset>`;
  }

  private renderAttachments(draft: TypeDraft): TemplateResult {
    return html`<fieldset id="type-attachments" tabindex="-1">
      <legend>${this.t('eventTypeAttachments')}</legend>
      ${draft.attachments.length === 0 ? html`<p class="hint">${this.t('noAttachments')}</p>` : nothing}
      ${draft.attachments.map((attachment, index) => {
        const id = (name: string) => `type-attachments-${index}-${name}`;
        const n = String(index + 1);
        return html`<fieldset class="panel" id=${id('group')}>
          <legend>${this.t('attachmentN', { n })}</legend>
          ${this.renderInput(id('key'), this.t('eventConfigKey'), attachment.key, (key) => this.changeAttachment(index, { key }))}
          ${this.offered.map((language) =>
            this.renderInput(
              `${id('label')}-${language}`,
              this.t('attachmentLabel', { language: LANGUAGE_NAMES[language] }),
              attachment.label[language] ?? '',
              (text) => this.changeAttachment(index, { label: { ...attachment.label, [language]: text } }),
              { lang: language },
            ),
          )}
          ${this.renderInput(id('accept'), this.t('attachmentAccept'), attachment.accept, (accept) => this.changeAttachment(index, { accept }), { hint: this.t('attachmentAcceptHint') })}
          ${this.renderInput(id('maxSizeMb'), this.t('attachmentMaxSize'), attachment.maxSizeMb, (maxSizeMb) => this.changeAttachment(index, { maxSizeMb }), { numeric: true })}
          <button type="button" class="button secondary small" id=${id('remove')}
            @click=${() => this.removeAttachment(index)}>${this.t('removeAttachment', { n })}</button>
        </fieldset>`;
      })}
      ${this.renderFieldError('type-attachments')}
      <button type="button" class="button secondary small" id="type-add-attachment" @click=${this.addAttachment}>
        ${this.t('addAttachment')}
      </button>
    </fieldset>`;
  }

  private readonly addAttachment = async (): Promise<void> => {
    if (!this.draft) return;
    const index = this.draft.attachments.length;
    this.change({
      attachments: [
        ...this.draft.attachments,
        { key: '', label: {}, accept: 'application/pdf', maxSizeMb: '10' },
      ],
    });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#type-attachments-${index}-key`)?.focus();
  };

  private async removeAttachment(index: number): Promise<void> {
    if (!this.draft) return;
    this.change({ attachments: this.draft.attachments.filter((_, at) => at !== index) });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#type-add-attachment')?.focus();
  }

  private readonly save = async (event: Event): Promise<void> => {
    event.preventDefault();
    const slug = this.commune?.slug;
    const draft = this.draft;
    if (!slug || !draft) return;
    const numbers = typeNumberProblems(draft);
    if (numbers.length > 0)
      return this.showErrors(numbers.map((field) => ({ field, message: this.t('eventConfigWholeNumber') })));
    this.saving = true;
    const input = typeInput(draft);
    const result = this.typeKey
      ? await saveEventType(slug, this.typeKey, input)
      : await createEventType(slug, { ...input, key: draft.key.trim() });
    this.saving = false;
    if (!result.ok) {
      const errors = fieldErrors(result.errors ?? [], 'type', this.renderRoot, (key, params) =>
        this.t(key, params),
      );
      if (result.code === 'event_type_exists')
        errors.push({ field: 'type-key', message: this.t('errEventTypeExists') });
      return this.showErrors(errors.length > 0 ? errors : [{ message: this.t(problemMessage(result.code)) }]);
    }
    this.clearErrors();
    const name = this.textIn(draft.name, draft.key);
    this.announce(
      !result.data.changed
        ? this.t('eventConfigUnchanged')
        : this.typeKey
          ? this.t('eventTypeSaved', { type: name })
          : this.t('eventTypeCreated', { type: name }),
    );
    this.leave(this.typeKey ?? draft.key.trim());
  };

  private readonly back = (): void => this.leave(this.typeKey);

  private leave(key: string | undefined): void {
    this.dispatchEvent(
      new CustomEvent(EVENT_TYPE_BACK_EVENT, { detail: key, bubbles: true, composed: true }),
    );
  }
}

customElements.define('admin-event-type-editor', AdminEventTypeEditor);

declare global {
  interface HTMLElementTagNameMap {
    'admin-event-type-editor': AdminEventTypeEditor;
  }
}
