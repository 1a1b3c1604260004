import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { FieldProblem } from '../api/api-result.ts';
import type { Commune } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import type { Language } from '../i18n/languages.ts';
import { LANGUAGE_NAMES } from '../i18n/languages.ts';
import { translate } from '../i18n/messages.ts';
import { AdminView, type FormError } from '../ui/admin-view.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import { FORMS_BACK_EVENT } from './admin-form-inbox.ts';
import { labelIn } from './definition-fields.ts';
import { conditionEditor, type EditorContext, textInputs } from './editor-controls.ts';
import { editorStyles } from './editor-styles.ts';
import {
  CHOICE_TYPES,
  type DraftDefinition,
  type DraftField,
  type DraftPath,
  EDITOR_FIELD_TYPES,
  freshKey,
  getAt,
  missingTexts,
  moved,
  pathId,
  retype,
  setAt,
  TEXT_TYPES,
  textIn,
} from './form-draft.ts';
import { renderPreview } from './form-preview.ts';
import { formStyles } from './form-styles.ts';
import { type EditableForm, readDefinition, saveDefinition, yamlUrl } from './forms-api.ts';

type Access = EditableForm['access'];

const ACCESS: readonly Access[] = ['signed-in', 'anonymous', 'either'];

/** The API's path of an error (`definition.pages.0.title.nl`) as the draft's path. */
const draftPath = (path: string): DraftPath =>
  path
    .split('.')
    .slice(path.startsWith('definition') ? 1 : 0)
    .map((step) => (/^\d+$/.test(step) ? Number(step) : step));

/**
 * The form editor: the definition's pages, sections and fields, added, changed, moved (buttons, no
 * dragging) and removed; their conditions with simple controls; a preview in each language the
 * commune offers; saved through the API, which checks it with the forms engine and makes a new
 * version when it changed. Errors come back at the control they concern and in the summary.
 */
export class AdminFormEditor extends AdminView {
  static override styles = [sharedStyles, formStyles, editorStyles];
  static override properties = {
    commune: { attribute: false },
    formKey: { attribute: false },
    form: { state: true },
    draft: { state: true },
    access: { state: true },
    preview: { state: true },
    saving: { state: true },
    saved: { state: true },
  } satisfies PropertyDeclarations;

  commune: Commune | undefined;
  formKey: string | undefined;
  private form: EditableForm | undefined;
  private draft: DraftDefinition | undefined;
  private access: Access = 'signed-in';
  private preview: Language | undefined;
  private saving = false;
  private saved = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('commune') || changed.has('formKey')) && this.commune && this.formKey) void this.load();
  }

  private async load(): Promise<void> {
    const slug = this.commune?.slug;
    const key = this.formKey;
    if (!slug || !key) return;
    const result = await readDefinition(slug, key);
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.form = result.data;
    this.draft = result.data.definition as unknown as DraftDefinition;
    this.access = result.data.access;
    this.preview = result.data.languages.default;
  }

  private get languages(): { offered: readonly Language[]; fallback: Language } {
    return {
      offered: this.form?.languages.offered ?? [this.ui],
      fallback: this.form?.languages.default ?? this.ui,
    };
  }

  private context(draft: DraftDefinition): EditorContext {
    return {
      t: (key, params) => this.t(key, params),
      ui: this.ui,
      offered: this.languages.offered,
      fallback: this.languages.fallback,
      draft,
      error: (id) => this.fieldError(id),
      update: (path, value) => this.change(path, value),
    };
  }

  private change(path: DraftPath, value: unknown): void {
    if (this.draft) this.draft = setAt(this.draft, path, value);
  }

  /** Moves an item of a list and keeps the focus on the same button of the moved item. */
  private async move(list: DraftPath, index: number, by: -1 | 1, what: string): Promise<void> {
    const items = getAt(this.draft, list);
    if (!Array.isArray(items)) return;
    const next = moved(items, index, by);
    if (!next) return;
    this.change(list, next);
    await this.updateComplete;
    const at = index + by;
    const own = this.renderRoot.querySelector<HTMLButtonElement>(
      `#${pathId([...list, at])}-${by < 0 ? 'up' : 'down'}`,
    );
    const other = this.renderRoot.querySelector<HTMLButtonElement>(
      `#${pathId([...list, at])}-${by < 0 ? 'down' : 'up'}`,
    );
    (own && !own.disabled ? own : other)?.focus();
    this.announce(this.t('editorMoved', { what, position: String(at + 1), count: String(next.length) }));
  }

  private async removeItem(list: DraftPath, index: number, what: string): Promise<void> {
    const items = getAt(this.draft, list);
    if (!Array.isArray(items)) return;
    this.change(
      list,
      items.filter((_, at) => at !== index),
    );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${pathId(list)}-add`)?.focus();
    this.announce(this.t('editorRemoved', { what }));
  }

  private async add(list: DraftPath, item: unknown, focus: (index: number) => string): Promise<void> {
    const items = getAt(this.draft, list);
    const next = [...(Array.isArray(items) ? items : []), item];
    this.change(list, next);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${focus(next.length - 1)}`)?.focus();
    this.announce(this.t('editorAdded'));
  }

  private toolbar(list: DraftPath, index: number, count: number, what: string): TemplateResult {
    const id = pathId([...list, index]);
    return html`<div class="toolbar" role="group" aria-label=${this.t('editorActionsFor', { what })}>
      <button type="button" class="button secondary small" id="${id}-up" ?disabled=${index === 0}
        aria-label=${this.t('editorMoveUp', { what })} @click=${() => this.move(list, index, -1, what)}>
        ${this.t('editorUp')}
      </button>
      <button type="button" class="button secondary small" id="${id}-down" ?disabled=${index === count - 1}
        aria-label=${this.t('editorMoveDown', { what })} @click=${() => this.move(list, index, 1, what)}>
        ${this.t('editorDown')}
      </button>
      <button type="button" class="button danger small" id="${id}-remove" ?disabled=${count === 1}
        aria-label=${this.t('editorRemove', { what })} @click=${() => this.removeItem(list, index, what)}>
        ${this.t('editorRemoveShort')}
      </button>
    </div>`;
  }

  override render(): TemplateResult {
    const draft = this.draft;
    const slug = this.commune?.slug ?? '';
    const key = this.formKey ?? '';
    const title = draft ? labelIn(draft.title, this.ui, key) : key;
    return html`<p class="row">
        <button type="button" class="button secondary small" id="back" @click=${this.back}>${this.t('backToForms')}</button>
        <a class="button secondary small" id="download-yaml" href=${yamlUrl(slug, key)} download>${this.t('editorDownloadYaml')}</a>
      </p>
      <h1 tabindex="-1">${this.t('editorTitle', { form: title })}</h1>
      ${this.renderErrorSummary()}
      ${draft && this.form ? this.renderEditor(draft, this.form) : this.renderLoading()}`;
  }

  private renderEditor(draft: DraftDefinition, form: EditableForm): TemplateResult {
    const context = this.context(draft);
    const missing = missingTexts(draft, this.languages.offered).filter(
      (gap) => gap.language !== this.languages.fallback,
    );
    return html`<p class="hint" id="editor-version">${this.t('editorIntro', { version: String(form.version) })}</p>
      <section class="panel" aria-labelledby="missing-title" id="missing-translations">
        <h2 id="missing-title">${this.t('editorMissingTitle', { count: String(missing.length) })}</h2>
        ${
          missing.length === 0
            ? html`<p>${this.t('editorNoMissing')}</p>`
            : html`<ul>
              ${missing.map(
                (
                  gap,
                ) => html`<li><a href="#${pathId(gap.path)}" @click=${(event: Event) => this.focusControl(event, pathId(gap.path))}>
                  ${this.t('editorMissingIn', { language: LANGUAGE_NAMES[gap.language], where: this.placeOf(draft, gap.path) })}
                </a></li>`,
              )}
            </ul>`
        }
      </section>
      <form id="form-editor" novalidate @submit=${this.save}>
        <section class="panel" aria-labelledby="form-settings-title">
          <h2 id="form-settings-title">${this.t('editorFormSettings')}</h2>
          <div class="field">
            <label for="d-access">${this.t('editorAccess')}</label>
            <select id="d-access" @change=${(event: Event) => {
              this.access = (event.target as HTMLSelectElement).value as Access;
            }}>
              ${ACCESS.map((access) => html`<option value=${access} ?selected=${access === this.access}>${this.t(`editorAccess_${access}`)}</option>`)}
            </select>
          </div>
          ${textInputs(context, ['title'], this.t('editorFormTitle'))}
          ${textInputs(context, ['description'], this.t('editorDescription'), { multiline: true })}
        </section>
        ${draft.pages.map((_, p) => this.renderPage(context, draft, p))}
        <p><button type="button" class="button secondary" id="d-pages-add" @click=${() =>
          this.add(
            ['pages'],
            {
              title: { [this.languages.fallback]: translate(this.languages.fallback, 'editorNewPage') },
              sections: [{ fields: [this.newField(draft)] }],
            },
            (index) => `${pathId(['pages', index, 'title', this.languages.fallback])}`,
          )}>${this.t('editorAddPage')}</button></p>
        <div class="actions">
          <button type="submit" class="button" id="save" ?disabled=${this.saving}>${this.t('editorSave')}</button>
        </div>
        ${this.saved ? html`<p id="save-status">${this.saved}</p>` : nothing}
      </form>
      ${this.renderPreviewPanel(draft)}`;
  }

  private newField(draft: DraftDefinition): DraftField {
    return {
      key: freshKey(draft, 'field'),
      type: 'short-text',
      required: false,
      label: { [this.languages.fallback]: translate(this.languages.fallback, 'editorNewField') },
    };
  }

  private renderPage(context: EditorContext, draft: DraftDefinition, p: number): TemplateResult {
    const page = draft.pages[p];
    if (!page) return html``;
    const what = this.t('editorPageN', { n: String(p + 1) });
    const sectionsPath: DraftPath = ['pages', p, 'sections'];
    return html`<section class="panel page" aria-labelledby="${pathId(['pages', p])}-heading" id=${pathId(['pages', p])} tabindex="-1">
      <h2 id="${pathId(['pages', p])}-heading">${what}: ${textIn(page.title, this.ui, this.languages.fallback).text}</h2>
      ${this.toolbar(['pages'], p, draft.pages.length, what)}
      ${this.renderFieldError(pathId(['pages', p]))}
      ${textInputs(context, ['pages', p, 'title'], this.t('editorPageTitle'))}
      ${conditionEditor(context, ['pages', p, 'showIf'], this.t('editorShownWhen'))}
      ${page.sections.map((section, s) => {
        const sectionWhat = this.t('editorSectionN', { n: String(s + 1), page: String(p + 1) });
        const fieldsPath: DraftPath = [...sectionsPath, s, 'fields'];
        return html`<fieldset class="section" id=${pathId([...sectionsPath, s])} tabindex="-1">
          <legend>${sectionWhat}</legend>
          ${this.toolbar(sectionsPath, s, page.sections.length, sectionWhat)}
          ${this.renderFieldError(pathId([...sectionsPath, s]))}
          ${textInputs(context, [...sectionsPath, s, 'title'], this.t('editorSectionTitle'))}
          ${conditionEditor(context, [...sectionsPath, s, 'showIf'], this.t('editorShownWhen'))}
          <ol class="fields">
            ${section.fields.map((field, f) => html`<li>${this.renderField(context, fieldsPath, f, field, section.fields.length)}</li>`)}
          </ol>
          <button type="button" class="button secondary small" id="${pathId(fieldsPath)}-add"
            @click=${() => this.add(fieldsPath, this.newField(draft), (index) => `${pathId([...fieldsPath, index])}-type`)}>
            ${this.t('editorAddField', { section: sectionWhat })}
          </button>
        </fieldset>`;
      })}
      <button type="button" class="button secondary small" id="${pathId(sectionsPath)}-add"
        @click=${() => this.add(sectionsPath, { fields: [this.newField(draft)] }, (index) => `${pathId([...sectionsPath, index, 'title', this.languages.fallback])}`)}>
        ${this.t('editorAddSection', { page: String(p + 1) })}
      </button>
    </section>`;
  }

  private renderField(
    context: EditorContext,
    list: DraftPath,
    f: number,
    field: DraftField,
    count: number,
  ): TemplateResult {
    const path = [...list, f];
    const id = pathId(path);
    const name = textIn(field.label, this.ui, this.languages.fallback).text || field.key;
    const what = this.t('editorFieldNamed', { name });
    const keyState = this.fieldState(`${id}-key`);
    const typeState = this.fieldState(`${id}-type`);
    const number = (property: string, label: string) => {
      const value = field[property];
      const controlId = `${id}-${property}`;
      const state = this.fieldState(controlId);
      return html`<div class="field">
        <label for=${controlId}>${label}</label>
        <input type="number" id=${controlId} .value=${typeof value === 'number' ? String(value) : ''}
          aria-invalid=${state.invalid} aria-describedby=${state.describedBy}
          @change=${(event: Event) => {
            const raw = (event.target as HTMLInputElement).value.trim();
            this.change([...path, property], raw === '' ? undefined : Number(raw));
          }} />
        ${this.renderFieldError(controlId)}
      </div>`;
    };
    return html`<fieldset class="field-editor" id=${id} tabindex="-1" data-field=${field.key}>
      <legend>${what}</legend>
      ${this.toolbar(list, f, count, what)}
      ${this.renderFieldError(id)}
      <div class="row">
        <div class="field">
          <label for="${id}-type">${this.t('editorFieldType')}</label>
          <select id="${id}-type" aria-invalid=${typeState.invalid} aria-describedby=${typeState.describedBy}
            @change=${(event: Event) => this.change(path, retype(field, (event.target as HTMLSelectElement).value))}>
            ${EDITOR_FIELD_TYPES.map((type) => html`<option value=${type} ?selected=${type === field.type}>${this.t(`fieldType_${type}`)}</option>`)}
          </select>
          ${this.renderFieldError(`${id}-type`)}
        </div>
        <div class="field">
          <label for="${id}-key">${this.t('editorFieldKey')}</label>
          <input type="text" id="${id}-key" .value=${field.key} aria-invalid=${keyState.invalid}
            aria-describedby="${id}-key-hint${keyState.describedBy === nothing ? '' : ` ${keyState.describedBy}`}"
            @change=${(event: Event) => this.change([...path, 'key'], (event.target as HTMLInputElement).value.trim())} />
          <p class="hint" id="${id}-key-hint">${this.t('editorFieldKeyHint')}</p>
          ${this.renderFieldError(`${id}-key`)}
        </div>
        <div class="field">
          <label class="choice" for="${id}-required">
            <input type="checkbox" id="${id}-required" .checked=${field.required === true}
              @change=${(event: Event) => this.change([...path, 'required'], (event.target as HTMLInputElement).checked)} />
            ${this.t('editorRequired')}
          </label>
        </div>
      </div>
      ${textInputs(context, [...path, 'label'], this.t('editorLabel'))}
      ${textInputs(context, [...path, 'help'], this.t('editorHelp'))}
      ${field.type === 'consent' ? textInputs(context, [...path, 'text'], this.t('editorConsentText'), { multiline: true }) : nothing}
      ${CHOICE_TYPES.has(field.type) ? this.renderChoices(context, path, field) : nothing}
      ${
        TEXT_TYPES.has(field.type)
          ? html`<div class="row">${number('minLength', this.t('editorMinLength'))}${number('maxLength', this.t('editorMaxLength'))}</div>`
          : field.type === 'number'
            ? html`<div class="row">${number('min', this.t('editorMin'))}${number('max', this.t('editorMax'))}</div>`
            : nothing
      }
      ${conditionEditor(context, [...path, 'showIf'], this.t('editorShownWhen'), field.key)}
      ${conditionEditor(context, [...path, 'requiredIf'], this.t('editorRequiredWhen'), field.key)}
    </fieldset>`;
  }

  private renderChoices(context: EditorContext, path: DraftPath, field: DraftField): TemplateResult {
    const list: DraftPath = [...path, 'options'];
    const options = field.options ?? [];
    return html`<fieldset class="options" id=${pathId(list)} tabindex="-1">
      <legend>${this.t('editorOptions')}</legend>
      ${this.renderFieldError(pathId(list))}
      <ol>
        ${options.map((option, o) => {
          const what = this.t('editorOptionN', { n: String(o + 1) });
          const valueId = `${pathId([...list, o])}-value`;
          const state = this.fieldState(valueId);
          return html`<li>
            ${this.toolbar(list, o, options.length, what)}
            <div class="field">
              <label for=${valueId}>${this.t('editorOptionValue', { n: String(o + 1) })}</label>
              <input type="text" id=${valueId} .value=${option.value} aria-invalid=${state.invalid} aria-describedby=${state.describedBy}
                @change=${(event: Event) => this.change([...list, o, 'value'], (event.target as HTMLInputElement).value.trim())} />
              ${this.renderFieldError(valueId)}
            </div>
            ${textInputs(context, [...list, o, 'label'], this.t('editorOptionLabel', { n: String(o + 1) }))}
          </li>`;
        })}
      </ol>
      <button type="button" class="button secondary small" id="${pathId(list)}-add"
        @click=${() => this.add(list, { value: `option${options.length + 1}`, label: {} }, (index) => `${pathId([...list, index])}-value`)}>
        ${this.t('editorAddOption')}
      </button>
    </fieldset>`;
  }

  private renderPreviewPanel(draft: DraftDefinition): TemplateResult {
    const language = this.preview ?? this.languages.fallback;
    return html`<section class="panel" aria-labelledby="preview-title" id="preview">
      <h2 id="preview-title">${this.t('editorPreview')}</h2>
      <fieldset>
        <legend>${this.t('editorPreviewLanguage')}</legend>
        <div class="choices row">
          ${this.languages.offered.map(
            (option) => html`<label class="choice" for="preview-${option}">
              <input type="radio" name="preview-language" id="preview-${option}" value=${option} .checked=${option === language}
                @change=${() => {
                  this.preview = option;
                  this.announce(this.t('editorPreviewShown', { language: LANGUAGE_NAMES[option] }));
                }} />
              ${LANGUAGE_NAMES[option]}
            </label>`,
          )}
        </div>
      </fieldset>
      ${renderPreview(draft, { language, fallback: this.languages.fallback, t: (key, params) => this.t(key, params) })}
    </section>`;
  }

  /** Where a text is, in words, for the list of missing translations. */
  private placeOf(draft: DraftDefinition, path: DraftPath): string {
    const [first, p, , s, , f] = path;
    if (first !== 'pages' || typeof p !== 'number') return this.t('editorFormSettings');
    const page = this.t('editorPageN', { n: String(p + 1) });
    if (typeof s !== 'number') return page;
    const field = typeof f === 'number' ? draft.pages[p]?.sections[s]?.fields[f] : undefined;
    if (!field) return this.t('editorSectionN', { n: String(s + 1), page: String(p + 1) });
    return `${page}, ${this.t('editorFieldNamed', { name: textIn(field.label, this.ui, this.languages.fallback).text || field.key })}`;
  }

  private focusControl(event: Event, id: string): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  }

  /** An API error in the staff's words: where it is, which property, what is wrong. */
  private errorMessage(problem: FieldProblem): string {
    const path = draftPath(problem.path);
    const property = String(path.filter((step) => typeof step === 'string').at(-1) ?? problem.path);
    const where =
      this.draft && problem.path !== 'access' ? this.placeOf(this.draft, path) : this.t('editorFormSettings');
    const message =
      problem.code === 'missing_default_text'
        ? this.t('editorErrMissingDefault')
        : problem.code === 'unknown_key'
          ? this.t('editorErrUnknownKey')
          : problem.code === 'not_allowed'
            ? this.t('editorErrNotAllowed')
            : // The engine's own words name the rule (English, as in tenants:validate).
              this.t('editorErrInvalid', { detail: problem.message });
    return this.t('editorErrorAt', { where, property, message });
  }

  /** The control an API error is about: the deepest one on its path that the screen shows. */
  private anchorOf(problem: FieldProblem): string | undefined {
    const path = draftPath(problem.path);
    for (let length = path.length; length > 0; length -= 1) {
      const id = pathId(path.slice(0, length));
      if (this.renderRoot.querySelector(`#${CSS.escape(id)}`)) return id;
    }
    return undefined;
  }

  private readonly save = async (event: Event): Promise<void> => {
    event.preventDefault();
    const slug = this.commune?.slug;
    const key = this.formKey;
    if (!slug || !key || !this.draft) return;
    this.saving = true;
    this.saved = '';
    const result = await saveDefinition(slug, key, { access: this.access, definition: { ...this.draft } });
    this.saving = false;
    if (!result.ok) {
      const errors: FormError[] = (result.errors ?? []).map((problem) => {
        const field = this.anchorOf(problem);
        const message = this.errorMessage(problem);
        return field ? { field, message } : { message };
      });
      return this.showErrors(errors.length > 0 ? errors : [{ message: this.t(problemMessage(result.code)) }]);
    }
    this.clearErrors();
    if (this.form) this.form = { ...this.form, version: result.data.version, warnings: result.data.warnings };
    this.saved = result.data.changed
      ? this.t('editorSaved', { version: String(result.data.version) })
      : this.t('editorUnchanged', { version: String(result.data.version) });
    this.announce(this.saved);
  };

  private readonly back = (): void => {
    this.dispatchEvent(new CustomEvent(FORMS_BACK_EVENT, { bubbles: true, composed: true }));
  };
}

customElements.define('admin-form-editor', AdminFormEditor);

declare global {
  interface HTMLElementTagNameMap {
    'admin-form-editor': AdminFormEditor;
  }
}
