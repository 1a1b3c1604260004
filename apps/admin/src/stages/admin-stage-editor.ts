import { css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { FieldProblem } from '../api/api-result.ts';
import type { Commune } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { textInputs } from '../forms/editor-controls.ts';
import { editorStyles } from '../forms/editor-styles.ts';
import { type DraftPath, pathId, setAt, textIn } from '../forms/form-draft.ts';
import { formStyles } from '../forms/form-styles.ts';
import type { Language } from '../i18n/languages.ts';
import { LANGUAGE_NAMES } from '../i18n/languages.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { AdminView, type FormError } from '../ui/admin-view.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import { BACK_EVENT } from './admin-stage-session.ts';
import { type DraftPlace, type DraftStage, definitionOf, newSession, starterStage } from './stage-draft.ts';
import {
  createStage,
  type EditableStage,
  type EditorStages,
  listEditorStages,
  readStageDefinition,
  saveStageDefinition,
  stagesYamlUrl,
} from './stage-editor-api.ts';
import { sessionControls } from './stage-session-controls.ts';

/** Sent when a new stage is created, with its key: the stages screen opens it to edit. */
export const STAGE_CREATED_EVENT = 'admin-stage-created';

type Choices = Pick<EditorStages, 'places' | 'questionForms' | 'categories' | 'languages'>;

/** The API's path of an error (`definition.sessions.0.capacity`) as the draft's path. */
const draftPath = (path: string): DraftPath =>
  path
    .split('.')
    .slice(path.startsWith('definition') ? 1 : 0)
    .map((step) => (/^\d+$/.test(step) ? Number(step) : step));

/** Names of a property in an error, in the staff's words where the screen has a label for it. */
const PROPERTY_LABELS: Readonly<Record<string, MessageKey>> = {
  key: 'stageKey',
  title: 'editorFormTitle',
  description: 'editorDescription',
  category: 'stageCategory',
  place: 'stagePlace',
  name: 'stagePlaceName',
  street: 'stageStreet',
  number: 'stageNumber',
  postalCode: 'stagePostalCode',
  city: 'stageCity',
  questions: 'stageQuestions',
  sessions: 'stageSessions',
  days: 'stageDays',
  from: 'stageFirstDay',
  to: 'stageLastDay',
  weekdays: 'stageWeekdays',
  except: 'stageExcept',
  capacity: 'stageCapacity',
  min: 'stageAgeMin',
  max: 'stageAgeMax',
  residentCents: 'stagePriceResident',
  nonResidentCents: 'stagePriceNonResident',
  socialCents: 'stagePriceSocial',
  cents: 'stageSiblingReduction',
  windows: 'stageEnrolment',
  drawMinutes: 'stageDrawMinutes',
  freeUntilDaysBefore: 'stageFreeUntil',
  feeCents: 'stageFee',
};

/**
 * The stage editor (communes whose back-office is the truth): a stage's texts in each language the
 * commune offers, its category, place and questions, and its sessions (days, hours, ages, capacity,
 * prices, openings, cancellation) added and removed. The API checks the stage with the stages.yaml
 * rules; errors come back at the control they concern and in the summary.
 */
export class AdminStageEditor extends AdminView {
  static override styles = [
    sharedStyles,
    formStyles,
    editorStyles,
    css`
      .group {
        margin: 0.75rem 0;
      }

      .session {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.75rem;
        margin: 0.75rem 0;
      }

      input[type='datetime-local'] {
        box-sizing: border-box;
        min-height: 2.75rem;
        padding: 0.5rem 0.75rem;
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        font: inherit;
      }
    `,
  ];
  static override properties = {
    commune: { attribute: false },
    stageKey: { attribute: false },
    choices: { state: true },
    held: { state: true },
    draft: { state: true },
    newKey: { state: true },
    saving: { state: true },
    saved: { state: true },
  } satisfies PropertyDeclarations;

  commune: Commune | undefined;
  /** The stage edited; undefined for a new one. */
  stageKey: string | undefined;
  private choices: Choices | undefined;
  private held: EditableStage['sessions'] = [];
  private draft: DraftStage | undefined;
  private newKey = '';
  private saving = false;
  private saved = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('commune') || changed.has('stageKey')) && this.commune) void this.load();
  }

  private async load(): Promise<void> {
    const slug = this.commune?.slug;
    if (!slug) return;
    this.saved = '';
    if (this.stageKey) {
      const result = await readStageDefinition(slug, this.stageKey);
      if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
      this.choices = result.data;
      this.held = result.data.sessions;
      this.draft = result.data.definition as unknown as DraftStage;
      return;
    }
    const result = await listEditorStages(slug);
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.choices = result.data;
    this.held = [];
    this.draft = starterStage(result.data.places[0], result.data.categories[0] ?? 'multi');
  }

  private get languages(): { offered: readonly Language[]; fallback: Language } {
    return {
      offered: this.choices?.languages.offered ?? [this.ui],
      fallback: this.choices?.languages.default ?? this.ui,
    };
  }

  private change(path: DraftPath, value: unknown): void {
    if (this.draft) this.draft = setAt(this.draft, path, value);
  }

  private heldOf(key: string) {
    return this.held.find((session) => session.key === key);
  }

  override render(): TemplateResult {
    const slug = this.commune?.slug ?? '';
    const draft = this.draft;
    const title = this.stageKey
      ? this.t('stageEditTitle', {
          stage: draft
            ? textIn(draft.title, this.ui, this.languages.fallback).text || this.stageKey
            : this.stageKey,
        })
      : this.t('stageNewTitle');
    return html`<p class="row">
        <button type="button" class="button secondary small" id="back" @click=${this.back}>${this.t('backToStages')}</button>
        <a class="button secondary small" id="download-yaml" href=${stagesYamlUrl(slug)} download>${this.t('stageDownloadYaml')}</a>
      </p>
      <h1 tabindex="-1">${title}</h1>
      ${this.renderErrorSummary()}
      ${draft && this.choices ? this.renderEditor(draft, this.choices) : this.renderLoading()}`;
  }

  private renderEditor(draft: DraftStage, choices: Choices): TemplateResult {
    const context = {
      t: this.t.bind(this),
      ui: this.ui,
      offered: this.languages.offered,
      fallback: this.languages.fallback,
      draft,
      error: (id: string) => this.fieldError(id),
      update: (path: DraftPath, value: unknown) => this.change(path, value),
    };
    const missing = (['title', 'description'] as const).flatMap((name) =>
      this.languages.offered
        .filter((language) => language !== this.languages.fallback && !draft[name][language]?.trim())
        .map((language) => ({ name, language })),
    );
    const keyState = this.fieldState('key', 'key-hint');
    return html`<p class="hint">${this.t('stageEditorIntro')}</p>
      <section class="panel" aria-labelledby="missing-title" id="missing-translations">
        <h2 id="missing-title">${this.t('editorMissingTitle', { count: String(missing.length) })}</h2>
        ${
          missing.length === 0
            ? html`<p>${this.t('editorNoMissing')}</p>`
            : html`<ul>
              ${missing.map((gap) => {
                const id = pathId([gap.name, gap.language]);
                return html`<li><a href="#${id}" @click=${(event: Event) => this.focusControl(event, id)}>
                  ${this.t('editorMissingIn', {
                    language: LANGUAGE_NAMES[gap.language],
                    where: this.t(gap.name === 'title' ? 'editorFormTitle' : 'editorDescription'),
                  })}
                </a></li>`;
              })}
            </ul>`
        }
      </section>
      <form id="stage-editor" novalidate @submit=${this.save}>
        <section class="panel" aria-labelledby="stage-settings-title">
          <h2 id="stage-settings-title">${this.t('stageSettings')}</h2>
          ${
            this.stageKey
              ? nothing
              : html`<div class="field">
                <label for="key">${this.t('stageKey')}</label>
                <input type="text" id="key" .value=${this.newKey} required aria-invalid=${keyState.invalid}
                  aria-describedby=${keyState.describedBy}
                  @change=${(event: Event) => {
                    this.newKey = (event.target as HTMLInputElement).value.trim();
                  }} />
                <p class="hint" id="key-hint">${this.t('stageKeyHint')}</p>
                ${this.renderFieldError('key')}
              </div>`
          }
          ${textInputs(context, ['title'], this.t('editorFormTitle'))}
          ${textInputs(context, ['description'], this.t('editorDescription'), { multiline: true })}
          <div class="row">
            ${this.renderSelect(
              ['category'],
              this.t('stageCategory'),
              draft.category,
              choices.categories.map((category) => ({
                value: category,
                label: this.t(`stageCategory_${category}`),
              })),
            )}
            ${this.renderSelect(['questions'], this.t('stageQuestions'), draft.questions ?? '', [
              { value: '', label: this.t('stageQuestionsNone') },
              ...choices.questionForms.map((form) => ({
                value: form.key,
                label: textIn(form.title, this.ui, this.languages.fallback).text || form.key,
              })),
            ])}
          </div>
        </section>
        ${this.renderPlace(draft.place, choices.places)}
        <section class="panel" aria-labelledby="sessions-title" id=${pathId(['sessions'])} tabindex="-1">
          <h2 id="sessions-title">${this.t('stageSessions')}</h2>
          ${this.renderFieldError(pathId(['sessions']))}
          ${draft.sessions.map((session, index) => {
            const held = this.heldOf(session.key);
            const what = this.t('stageSessionN', { n: String(index + 1), key: session.key });
            const locked = (held?.enrolments ?? 0) > 0;
            return html`<fieldset class="session" id=${pathId(['sessions', index])} tabindex="-1" data-session=${session.key}>
              <legend>${what}</legend>
              ${sessionControls(context, index, session, held)}
              <button type="button" class="button danger small" id="${pathId(['sessions', index])}-remove"
                ?disabled=${draft.sessions.length === 1 || locked}
                aria-describedby=${locked ? `${pathId(['sessions', index])}-held` : nothing}
                @click=${() => this.removeSession(index, what)}>
                ${this.t('editorRemove', { what })}
              </button>
            </fieldset>`;
          })}
          <button type="button" class="button secondary" id="${pathId(['sessions'])}-add" @click=${this.addSession}>
            ${this.t('stageAddSession')}
          </button>
        </section>
        <div class="actions">
          <button type="submit" class="button" id="save" ?disabled=${this.saving}>
            ${this.t(this.stageKey ? 'stageSave' : 'stageCreate')}
          </button>
        </div>
        ${this.saved ? html`<p id="save-status">${this.saved}</p>` : nothing}
      </form>`;
  }

  private renderSelect(
    path: DraftPath,
    label: string,
    value: string,
    options: readonly { value: string; label: string }[],
  ): TemplateResult {
    const id = pathId(path);
    const state = this.fieldState(id);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} aria-invalid=${state.invalid} aria-describedby=${state.describedBy}
        @change=${(event: Event) => {
          const chosen = (event.target as HTMLSelectElement).value;
          this.change(path, chosen === '' ? undefined : chosen);
        }}>
        ${options.map((option) => html`<option value=${option.value} ?selected=${option.value === value}>${option.label}</option>`)}
      </select>
      ${this.renderFieldError(id)}
    </div>`;
  }

  private renderPlace(place: DraftPlace, places: readonly DraftPlace[]): TemplateResult {
    const field = (path: DraftPath, label: string, value: string) => {
      const id = pathId(['place', ...path]);
      const state = this.fieldState(id);
      return html`<div class="field">
        <label for=${id}>${label}</label>
        <input type="text" id=${id} .value=${value} aria-invalid=${state.invalid} aria-describedby=${state.describedBy}
          @change=${(event: Event) => {
            const raw = (event.target as HTMLInputElement).value.trim();
            this.change(['place', ...path], raw === '' && path.at(-1) === 'box' ? undefined : raw);
          }} />
        ${this.renderFieldError(id)}
      </div>`;
    };
    const known = places.some((candidate) => candidate.key === place.key);
    return html`<section class="panel" aria-labelledby="place-title" id=${pathId(['place'])} tabindex="-1">
      <h2 id="place-title">${this.t('stagePlace')}</h2>
      ${this.renderFieldError(pathId(['place']))}
      <div class="field">
        <label for="place-choice">${this.t('stagePlaceChoose')}</label>
        <select id="place-choice" @change=${(event: Event) => {
          const key = (event.target as HTMLSelectElement).value;
          const chosen = places.find((candidate) => candidate.key === key);
          this.change(
            ['place'],
            chosen
              ? structuredClone(chosen)
              : { key: '', name: '', address: { street: '', number: '', postalCode: '', city: '' } },
          );
        }}>
          ${places.map((candidate) => html`<option value=${candidate.key} ?selected=${candidate.key === place.key}>${candidate.name}</option>`)}
          <option value="" ?selected=${!known}>${this.t('stagePlaceNew')}</option>
        </select>
      </div>
      <p class="hint">${this.t('stagePlaceHint')}</p>
      <div class="row">
        ${field(['key'], this.t('stagePlaceKey'), place.key)}
        ${field(['name'], this.t('stagePlaceName'), place.name)}
      </div>
      <div class="row">
        ${field(['address', 'street'], this.t('stageStreet'), place.address.street)}
        ${field(['address', 'number'], this.t('stageNumber'), place.address.number)}
        ${field(['address', 'box'], this.t('stageBox'), place.address.box ?? '')}
        ${field(['address', 'postalCode'], this.t('stagePostalCode'), place.address.postalCode)}
        ${field(['address', 'city'], this.t('stageCity'), place.address.city)}
      </div>
    </section>`;
  }

  private readonly addSession = async (): Promise<void> => {
    if (!this.draft) return;
    const sessions = [...this.draft.sessions, newSession(this.draft.sessions)];
    this.change(['sessions'], sessions);
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(`#${pathId(['sessions', sessions.length - 1, 'key'])}`)
      ?.focus();
    this.announce(this.t('editorAdded'));
  };

  private async removeSession(index: number, what: string): Promise<void> {
    if (!this.draft) return;
    this.change(
      ['sessions'],
      this.draft.sessions.filter((_, at) => at !== index),
    );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${pathId(['sessions'])}-add`)?.focus();
    this.announce(this.t('editorRemoved', { what }));
  }

  private focusControl(event: Event, id: string): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  }

  /** Where an error is, in words: the stage, its place, or one of its sessions. */
  private placeOf(path: DraftPath): string {
    const [first, index] = path;
    if (first === 'sessions' && typeof index === 'number') {
      const key = this.draft?.sessions[index]?.key ?? '';
      return this.t('stageSessionN', { n: String(index + 1), key });
    }
    if (first === 'place') return this.t('stagePlace');
    return this.t('stageSettings');
  }

  /** An API error in the staff's words: where it is, which property, what is wrong. */
  private errorMessage(problem: FieldProblem): string {
    const path = draftPath(problem.path);
    const name = String(path.filter((step) => typeof step === 'string').at(-1) ?? problem.path);
    const label = PROPERTY_LABELS[name];
    const property = label ? this.t(label) : name;
    const messages: Readonly<Record<string, string>> = {
      missing_default_text: this.t('editorErrMissingDefault'),
      unknown_key: this.t('stageErrUnknownKey'),
      not_allowed: this.t('editorErrNotAllowed'),
      capacity_below_seats_taken: this.t('errCapacityBelowSeatsTaken'),
      session_has_enrolments: this.t('errSessionHasEnrolments'),
    };
    // The stages.yaml rules' own words name the rule (English, as in tenants:validate).
    const message = messages[problem.code] ?? this.t('editorErrInvalid', { detail: problem.message });
    return this.t('editorErrorAt', { where: this.placeOf(path), property, message });
  }

  /** The control an API error is about: the deepest one on its path that the screen shows. */
  private anchorOf(problem: FieldProblem): string | undefined {
    if (problem.path === 'key') return this.renderRoot.querySelector('#key') ? 'key' : undefined;
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
    if (!slug || !this.draft) return;
    this.saving = true;
    this.saved = '';
    const definition = definitionOf(this.draft);
    const key = this.stageKey ?? this.newKey;
    const result = this.stageKey
      ? await saveStageDefinition(slug, this.stageKey, definition)
      : await createStage(slug, key, definition);
    this.saving = false;
    if (!result.ok) {
      const errors: FormError[] = (result.errors ?? []).map((problem) => {
        const field = this.anchorOf(problem);
        const message = this.errorMessage(problem);
        return field ? { field, message } : { message };
      });
      const fallback: FormError = { message: this.t(problemMessage(result.code)) };
      return this.showErrors(
        errors.length > 0
          ? errors
          : [result.code === 'stage_exists' ? { ...fallback, field: 'key' } : fallback],
      );
    }
    this.clearErrors();
    if (!this.stageKey) {
      this.announce(this.t('stageCreated'));
      this.dispatchEvent(
        new CustomEvent(STAGE_CREATED_EVENT, { detail: key, bubbles: true, composed: true }),
      );
      return;
    }
    this.saved = result.data.changed ? this.t('stageSaved') : this.t('stageUnchanged');
    this.announce(this.saved);
    // Seats may have moved meanwhile: what the sessions hold is read again.
    const fresh = await readStageDefinition(slug, this.stageKey);
    if (fresh.ok) this.held = fresh.data.sessions;
  };

  private readonly back = (): void => {
    this.dispatchEvent(new CustomEvent(BACK_EVENT, { bubbles: true, composed: true }));
  };
}

customElements.define('admin-stage-editor', AdminStageEditor);

declare global {
  interface HTMLElementTagNameMap {
    'admin-stage-editor': AdminStageEditor;
  }
}
