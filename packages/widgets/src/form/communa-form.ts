// First: host pages may forbid eval (strict CSP), the engine's parsers must be built without it.
import '@communa/forms/without-eval';
import {
  type AnswerError,
  calendarDayInBrussels,
  cleanAnswers,
  type FormDefinition,
  type FormState,
  formDefinitionSchema,
  formState,
  type LocalizedDefinition,
  labelOf,
  localizeDefinition,
  type ValidationOptions,
  validateAnswers,
  validatePage,
} from '@communa/forms';
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { bundleUrl, resolveApiBase } from '../core/api-base.ts';
import { createApiClient } from '../core/api-client.ts';
import { baseStyles } from '../core/base-styles.ts';
import { contextLang } from '../core/context-lang.ts';
import { defineElement } from '../core/define-element.ts';
import { fetchTenant } from '../core/fetch-tenant.ts';
import { headingTag } from '../core/heading.ts';
import { LangObserverController } from '../core/lang-observer-controller.ts';
import { resolveContentLanguage, resolveUiLanguage } from '../core/resolve-language.ts';
import { SIGN_IN_EVENT, SIGN_OUT_EVENT, sessionEventTenant } from '../core/session-events.ts';
import { type SessionStore, sessionStore } from '../core/session-store.ts';
import type { Language, LocalizedText, PublicTenant } from '../core/tenant-types.ts';
import { TenantThemeController } from '../core/theme.ts';
import { urlParamName } from '../core/url-state.ts';
import { type UrlStateCause, UrlStateController } from '../core/url-state-controller.ts';
import { AnswerEditor } from './answer-editor.ts';
import { formStyles } from './communa-form-styles.ts';
import type { FieldView } from './field-view.ts';
import {
  type FormAccess,
  FormApi,
  type FormApiError,
  type FormDraft,
  type SubmissionReceipt,
} from './form-api.ts';
import { describeErrors, type ErrorEntry, messagesByControl } from './form-errors.ts';
import { type FormMessageKey, formText } from './form-messages.ts';
import {
  draftPage,
  type FormStep,
  firstStep,
  nextStep,
  parseStep,
  previousStep,
  progressOf,
  reachableStep,
  sameStep,
  stepFromDraft,
  stepParam,
} from './form-navigation.ts';
import { renderComputed, renderPageFields } from './form-page.ts';
import { controlId, type FieldPlace, fieldPlaces } from './form-paths.ts';
import { renderReview } from './form-review.ts';
import { ERROR_SUMMARY_ID, renderErrorSummary, renderReceipt } from './form-status.ts';
import { solveProof } from './proof-of-work.ts';

export { type FormKit, formKit } from './form-kit.ts';

export const DEFAULT_FORM_PARAM = 'communa-form';
export const FORM_SENT_EVENT = 'communa-form-sent';

type View =
  | { kind: 'loading' }
  | { kind: 'unavailable'; error: FormApiError }
  | { kind: 'sign-in' }
  | { kind: 'filling' }
  | { kind: 'sent'; receipt: SubmissionReceipt };

/** A form as loaded: the version filled, who may send it, and its checked definition. */
interface LoadedForm {
  version: number;
  access: FormAccess;
  definition: FormDefinition;
}

const LOAD_ERRORS: Readonly<Record<FormApiError, FormMessageKey>> = {
  'not-found': 'errorNotFound',
  forbidden: 'errorForbidden',
  unauthorized: 'errorServer',
  changed: 'errorChanged',
  'not-online': 'errorNotOnline',
  network: 'errorNetwork',
  server: 'errorServer',
};

const STEP_HEADING = '#step-heading';

/**
 * A commune's online form (e-guichet): one step per page, checked as the citizen goes with the
 * same engine as the server (same errors, same messages), a review of every answer, then the
 * receipt with the request's reference. The step shown is in the page URL
 * (`?communa-form=2`, `?communa-form=review`), so back and forward move between steps. A
 * signed-in citizen's answers are saved as a draft at each step and restored on their next visit;
 * a form for signed-in citizens asks them to sign in with `<communa-account>`'s own sign-in.
 *
 * @element communa-form
 *
 * @attr tenant - The commune's slug, for example `liege`.
 * @attr form - The form's key, for example `attestation-domicile`.
 * @attr api - Origin of the Communa API; by default the origin the widget was loaded from.
 * @attr lang - Interface language (fr, nl, de, en); by default the page's, else the commune's.
 * @attr heading-level - Level of the form's heading, 1–6 (default 2); steps use the next one.
 * @attr url-param - Query parameter that holds the step shown (default `communa-form`).
 *
 * @fires communa-form-sent - The form was sent (`detail: { tenant, form, reference }`).
 *
 * @csspart root - The form's box; carries the theme.
 * @csspart heading - The form's title.
 * @csspart description - The form's description.
 * @csspart sandbox-banner - Notice shown when the commune is a test space.
 * @csspart progress - "Step 2 of 4".
 * @csspart progress-bar - The progress bar under it.
 * @csspart step-heading - The title of the step shown.
 * @csspart form - The form of a step.
 * @csspart section - A section of a page.
 * @csspart subheading - A section's or a reviewed page's heading.
 * @csspart field - One labelled input with its hint and message.
 * @csspart fieldset - The group of inputs of a choice, an address, a date range or a consent.
 * @csspart input - A text input, text area or file input (a text area is also `textarea`, a file input `file`).
 * @csspart radio - A radio button.
 * @csspart checkbox - A checkbox.
 * @csspart choice - A radio button or checkbox with its label.
 * @csspart hint - A field's help text.
 * @csspart field-error - The message at a field with an error.
 * @csspart consent-text - The text a consent agrees to.
 * @csspart files - The list of chosen files; each is `file`.
 * @csspart group - A repeated group; each of its items is `item`.
 * @csspart add-item - The button adding an item to a group (also `secondary`).
 * @csspart remove-item - The button removing an item (also `secondary`).
 * @csspart computed - The computed values (a price) with the current answers.
 * @csspart error-summary - The list of a step's errors, each linking to its field (also `alert`).
 * @csspart alert - An error message.
 * @csspart review-page - One page of answers on the review step.
 * @csspart answers - A list of answers.
 * @csspart change - The button going back to a page to change its answers.
 * @csspart submit - A step's main button (Next, Send).
 * @csspart secondary - A secondary button (Previous, and others).
 * @csspart previous - The button back to the previous step (also `secondary`).
 * @csspart receipt - The receipt once sent; its reference is `reference`, an anonymous case's secret `case-secret`.
 * @csspart sign-in - The box asking to sign in, around `<communa-account>`.
 * @csspart status - Loading and draft messages.
 *
 * @cssprop --communa-color-primary - Buttons and the box's accent (default: the commune's theme).
 * @cssprop --communa-color-on-primary - Text on primary-coloured buttons.
 * @cssprop --communa-color-accent - Focus ring.
 * @cssprop --communa-color-surface - Background of the box and fields.
 * @cssprop --communa-color-text - Text colour.
 * @cssprop --communa-radius - Corner radius.
 * @cssprop --communa-font - Font family (default `inherit`).
 */
export class CommunaForm extends LitElement {
  static override styles = [baseStyles, formStyles];
  static override properties = {
    tenant: {},
    form: {},
    api: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    urlParam: { attribute: 'url-param' },
    view: { state: true },
    step: { state: true },
    answers: { state: true },
    errors: { state: true },
    generalError: { state: true },
    busy: { state: true },
    announcement: { state: true },
  } satisfies PropertyDeclarations;

  tenant = '';
  form = '';
  api = '';
  headingLevel = 2;
  urlParam = DEFAULT_FORM_PARAM;
  private view: View = { kind: 'loading' };
  private step: FormStep = { kind: 'page', index: 0 };
  private answers: Record<string, unknown> = {};
  private errors: AnswerError[] = [];
  private generalError: FormMessageKey | undefined;
  private busy = false;
  private announcement = '';
  private config: PublicTenant | undefined;
  private readonly theme = new TenantThemeController(this, () => this.config?.theme);
  private loaded: LoadedForm | undefined;
  private loadedKey: string | undefined;
  private focusSelector: string | undefined;
  /** The answers as typed and picked, with the files' uploads. */
  private readonly editor = new AnswerEditor({
    ui: () => this.ui,
    t: (key, params) => this.t(key, params),
    state: () => this.currentState(),
    answers: () => this.answers,
    setAnswers: (next) => {
      this.answers = next;
    },
    places: () =>
      this.loaded ? this.localized(this.loaded.definition).places : new Map<string, FieldPlace>(),
    errorMessages: () => messagesByControl(this.loaded ? this.shownErrors() : []),
    sectionLevel: () => this.headingLevel + 2,
    heading: (level, text, id) => this.heading(level, text, id, 'subheading'),
    announce: (text) => this.announce(text),
    focusAfterUpdate: (selector) => {
      this.focusSelector = selector;
    },
    requestUpdate: () => this.requestUpdate(),
    uploadTarget: async () => {
      if (!this.loaded) return undefined;
      const token = this.loaded.access === 'anonymous' ? undefined : this.token;
      const sender = token
        ? { token }
        : { proof: await solveProof(this.tenant.trim(), this.form.trim(), Date.now()) };
      return { apiBase: this.apiBase, tenant: this.tenant.trim(), form: this.form.trim(), sender };
    },
  });
  /** The request being sent and its Idempotency-Key: sent again unchanged, it keeps the key. */
  private pendingSend: { body: string; key: string } | undefined;
  private localizedCache:
    | { lang: Language; definition: LocalizedDefinition; places: Map<string, FieldPlace> }
    | undefined;

  private readonly urlState = new UrlStateController(
    this,
    () => urlParamName(this.urlParam, DEFAULT_FORM_PARAM),
    (value, _previous, cause) => this.handleUrlChange(value, cause),
  );

  constructor() {
    super();
    new LangObserverController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(SIGN_IN_EVENT, this.onSignIn);
    window.addEventListener(SIGN_OUT_EVENT, this.onSignOut);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(SIGN_IN_EVENT, this.onSignIn);
    window.removeEventListener(SIGN_OUT_EVENT, this.onSignOut);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('urlParam') && this.hasUpdated) this.urlState.sync('initial');
    const key = `${this.apiBase} ${this.tenant} ${this.form}`;
    if (key !== this.loadedKey) {
      this.loadedKey = key;
      void this.load();
    }
  }

  protected override updated(): void {
    if (this.focusSelector) {
      this.renderRoot.querySelector<HTMLElement>(this.focusSelector)?.focus();
      this.focusSelector = undefined;
    }
  }

  protected override render(): TemplateResult {
    const form = this.loaded ? this.localized(this.loaded.definition) : undefined;
    const sandbox = this.config?.sandbox === true;
    return html`<section class="root" part="root" lang=${this.ui} aria-labelledby=${form ? 'heading' : nothing}
      aria-busy=${this.busy || this.view.kind === 'loading'}>
      ${form ? this.heading(this.headingLevel, form.definition.title, 'heading', 'heading') : nothing}
      ${form?.definition.description ? html`<p part="description">${form.definition.description}</p>` : nothing}
      ${sandbox ? html`<p class="sandbox" part="sandbox-banner">${this.t('sandbox')}</p>` : nothing}
      ${this.renderView()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  private renderView(): TemplateResult | typeof nothing {
    switch (this.view.kind) {
      case 'loading':
        return html`<p part="status">${this.t('loading')}</p>`;
      case 'unavailable':
        return html`<div class="alert" part="alert" role="alert">
          <p>${this.t(LOAD_ERRORS[this.view.error])}</p>
          ${
            this.view.error === 'network' || this.view.error === 'server'
              ? html`<button type="button" class="button secondary" part="secondary" @click=${() => void this.load()}>${this.t('retry')}</button>`
              : nothing
          }
        </div>`;
      case 'sign-in':
        return this.renderSignIn();
      case 'filling':
        return this.renderStep();
      case 'sent':
        return renderReceipt(
          this.fieldView(),
          this.view.receipt,
          this.content(this.view.receipt.statusLabel),
          this.loaded?.access !== 'anonymous' && this.token !== undefined,
        );
    }
  }

  private renderSignIn(): TemplateResult {
    return html`<div class="sign-in" part="sign-in">
      ${this.heading(this.headingLevel + 1, this.t('signInTitle'), 'step-heading', 'step-heading')}
      ${this.renderGeneralError()}
      <p>${this.t('signInText')}</p>
      <communa-account tenant=${this.tenant} api=${this.api || nothing} lang=${this.ui}
        heading-level=${Math.min(this.headingLevel + 2, 6)}></communa-account>
    </div>`;
  }

  private renderStep(): TemplateResult | typeof nothing {
    if (!this.loaded) return nothing;
    const { definition } = this.localized(this.loaded.definition);
    const view = this.fieldView();
    const { step, total } = progressOf(view.state, this.step);
    const title =
      this.step.kind === 'review' ? this.t('reviewTitle') : (definition.pages[this.step.index]?.title ?? '');
    const previous = previousStep(view.state, this.step);
    return html`<p id="progress" class="progress" part="progress">${this.t('stepOf', { step: String(step), total: String(total) })}</p>
      <progress part="progress-bar" max=${total} .value=${step} aria-labelledby="progress"></progress>
      ${this.token && this.loaded.access !== 'anonymous' ? html`<p class="hint" part="status">${this.t('draftNotice')}</p>` : nothing}
      ${this.heading(this.headingLevel + 1, title, 'step-heading', 'step-heading')}
      ${renderErrorSummary(view, this.shownErrors(), this.t(this.generalError ?? 'errorSummaryIntro'), (path) => this.focusControl(path))}
      ${this.errors.length === 0 ? this.renderGeneralError() : nothing}
      <form part="form" novalidate @submit=${this.step.kind === 'review' ? this.onSend : this.onNext}>
        ${
          this.step.kind === 'review'
            ? renderReview(definition, view, this.answers, (pageIndex) =>
                this.goTo({ kind: 'page', index: pageIndex }),
              )
            : html`${definition.pages[this.step.index]?.description ? html`<p>${definition.pages[this.step.index]?.description}</p>` : nothing}
              ${renderPageFields(definition, this.step.index, view, this.answers)}`
        }
        ${renderComputed(definition, view)}
        <div class="actions">
          ${
            previous
              ? html`<button type="button" class="button secondary" part="secondary previous" ?disabled=${this.busy}
                  @click=${() => this.goTo(previous)}>${this.t('previous')}</button>`
              : nothing
          }
          <button type="submit" class="button" part="submit" ?disabled=${this.busy}>
            ${this.step.kind === 'review' ? this.t(this.busy ? 'sending' : 'send') : this.t('next')}
          </button>
        </div>
      </form>`;
  }

  private renderGeneralError(): TemplateResult | typeof nothing {
    if (!this.generalError) return nothing;
    return html`<p class="alert" part="alert" role="alert">${this.t(this.generalError)}</p>`;
  }

  /** The errors of the step shown: those of its fields, and those about no field. */
  private shownErrors(): ErrorEntry[] {
    if (!this.loaded) return [];
    const { places } = this.localized(this.loaded.definition);
    const onStep = this.errors.filter((error) => {
      const page = this.pageOfError(error);
      return page === undefined || (this.step.kind === 'page' && page === this.step.index);
    });
    return describeErrors(onStep, places, this.ui, (key, params) => this.t(key, params));
  }

  private pageOfError(error: AnswerError): number | undefined {
    if (!this.loaded) return undefined;
    const { places } = this.localized(this.loaded.definition);
    return places.get(error.path.split('.')[0] ?? '')?.page;
  }

  // ——— loading and the session ———

  private async load(): Promise<void> {
    this.view = { kind: 'loading' };
    this.loaded = undefined;
    const api = this.formApi;
    const [tenant, published] = await Promise.all([
      fetchTenant(createApiClient(this.apiBase), this.tenant.trim()),
      api.form(),
    ]);
    if (tenant.ok) this.config = tenant.tenant;
    if (!tenant.ok || !published.ok) {
      const error = published.ok ? (tenant.ok ? 'server' : tenant.error) : published.error;
      this.view = { kind: 'unavailable', error };
      return;
    }
    const parsed = formDefinitionSchema.safeParse(published.value.definition);
    if (!parsed.success) {
      this.view = { kind: 'unavailable', error: 'server' };
      return;
    }
    this.loaded = {
      version: published.value.version,
      access: published.value.access,
      definition: parsed.data,
    };
    await this.enter();
  }

  /** Into the form once loaded or signed in: the signed-in citizen's draft first, when there is one. */
  private async enter(): Promise<void> {
    const loaded = this.loaded;
    if (!loaded) return;
    const token = loaded.access === 'anonymous' ? undefined : this.token;
    if (loaded.access === 'signed-in' && !token) return this.askSignIn();
    let draft: FormDraft | null = null;
    if (token) {
      const result = await this.formApi.draft(token);
      if (!result.ok && result.error === 'unauthorized') return this.sessionEnded();
      draft = result.ok && result.value?.version === loaded.version ? result.value : null;
    }
    if (draft) this.answers = draft.answers;
    const state = this.currentState();
    const wanted =
      parseStep(this.urlState.value, loaded.definition.pages.length) ??
      (draft ? stepFromDraft(draft.page, loaded.definition.pages.length) : firstStep(state));
    this.step = reachableStep(loaded.definition, state, this.answers, wanted, this.options);
    this.view = { kind: 'filling' };
    if (draft) this.announce(this.t('draftResumed'));
  }

  private readonly onSignIn = (event: Event): void => {
    if (sessionEventTenant(event) !== this.tenant.trim() || this.view.kind !== 'sign-in') return;
    this.generalError = undefined;
    this.focusSelector = STEP_HEADING;
    void this.enter();
  };

  private readonly onSignOut = (event: Event): void => {
    if (sessionEventTenant(event) !== this.tenant.trim()) return;
    if (this.loaded?.access === 'signed-in' && this.view.kind === 'filling') this.askSignIn();
  };

  /** The sign-in of `<communa-account>` (e-mailed code, session kept for the commune), loaded on demand. */
  private askSignIn(): void {
    this.view = { kind: 'sign-in' };
    import('../account/communa-account.ts').catch(() => {
      this.view = { kind: 'unavailable', error: 'network' };
    });
  }

  /** The server no longer knows the session: sign in again, the answers stay on screen. */
  private sessionEnded(): void {
    this.store.clear();
    this.generalError = 'errorSessionEnded';
    if (this.loaded?.access === 'signed-in') this.askSignIn();
    this.focusSelector = STEP_HEADING;
  }

  // ——— steps ———

  private readonly onNext = (event: SubmitEvent): void => {
    event.preventDefault();
    if (!this.loaded || this.step.kind !== 'page') return;
    const result = validatePage(this.loaded.definition, this.answers, this.step.index, this.options);
    if (result.ok) this.goTo(nextStep(this.currentState(), this.step.index));
    else this.showErrors(result.errors, undefined);
  };

  /** Shows another step (Next, Previous, Change), records it in the URL and saves the draft. */
  private goTo(step: FormStep): void {
    this.errors = [];
    this.generalError = undefined;
    this.step = step;
    this.urlState.push(stepParam(step));
    this.afterStepChange();
    void this.saveDraft();
  }

  private afterStepChange(): void {
    const state = this.currentState();
    const { step, total } = progressOf(state, this.step);
    const title =
      this.step.kind === 'review'
        ? this.t('reviewTitle')
        : ((this.loaded
            ? this.localized(this.loaded.definition).definition.pages[this.step.index]?.title
            : '') ?? '');
    this.announce(this.t('announceStep', { step: String(step), total: String(total), title }));
    this.focusSelector = STEP_HEADING;
  }

  /** Back/forward between steps; focus follows only when the visitor is in the element. */
  private handleUrlChange(value: string | null, cause: UrlStateCause): void {
    if (cause !== 'history' || !this.loaded || (this.view.kind !== 'filling' && this.view.kind !== 'sent'))
      return;
    if (this.view.kind === 'sent') this.restart();
    const state = this.currentState();
    const wanted = parseStep(value, this.loaded.definition.pages.length) ?? firstStep(state);
    this.step = reachableStep(this.loaded.definition, state, this.answers, wanted, this.options);
    this.view = { kind: 'filling' };
    this.errors = [];
    this.generalError = undefined;
    if (this.matches(':focus-within')) this.afterStepChange();
  }

  private restart(): void {
    this.answers = {};
    this.editor.reset();
  }

  private showErrors(errors: AnswerError[], general: FormMessageKey | undefined): void {
    this.errors = errors;
    this.generalError = general;
    this.focusSelector = `#${ERROR_SUMMARY_ID}`;
  }

  private focusControl(path: string): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(controlId(path))}`);
    if (target) {
      target.focus();
      return;
    }
    // A part the field does not show (an address's country in Belgium): its field's first input.
    const key = path.split('.')[0] ?? '';
    this.renderRoot
      .querySelector<HTMLElement>(`[id^="${CSS.escape(controlId(key))}"]:is(input, textarea, button)`)
      ?.focus();
  }

  // ——— drafts and sending ———

  private async saveDraft(): Promise<void> {
    const token = this.loaded?.access === 'anonymous' ? undefined : this.token;
    if (!this.loaded || !token) return;
    const result = await this.formApi.saveDraft(token, {
      version: this.loaded.version,
      answers: this.cleaned(),
      page: draftPage(this.step, this.loaded.definition.pages.length),
    });
    if (result.ok) this.announce(this.t('draftSaved'));
    else if (result.error === 'unauthorized') this.sessionEnded();
  }

  private readonly onSend = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const loaded = this.loaded;
    if (!loaded || this.busy) return;
    const answers = this.cleaned();
    const checked = validateAnswers(loaded.definition, answers, this.options);
    if (!checked.ok) return this.showServerErrors(checked.errors, undefined);
    const body = { version: loaded.version, answers, language: this.contentLang };
    const text = JSON.stringify(body);
    if (this.pendingSend?.body !== text) this.pendingSend = { body: text, key: crypto.randomUUID() };
    const token = loaded.access === 'anonymous' ? undefined : this.token;
    this.busy = true;
    if (!token) this.announce(this.t('preparing'));
    const sender = token
      ? { token }
      : { proof: await solveProof(this.tenant.trim(), this.form.trim(), Date.now()) };
    const outcome = await this.formApi.send(body, sender, this.pendingSend.key);
    this.busy = false;
    if (outcome.kind !== 'error' || outcome.error !== 'network') this.pendingSend = undefined;
    switch (outcome.kind) {
      case 'sent':
        return this.sent(outcome.receipt, token);
      case 'invalid':
        return this.showServerErrors(outcome.errors, 'errorAnswers');
      case 'error':
        if (outcome.error === 'unauthorized') return this.sessionEnded();
        this.generalError =
          outcome.error === 'changed' || outcome.error === 'not-online'
            ? LOAD_ERRORS[outcome.error]
            : 'errorSend';
        this.focusSelector = '.alert';
    }
  };

  /** Errors found when sending: shown on the first page that has one, or on the review. */
  private showServerErrors(errors: AnswerError[], general: FormMessageKey | undefined): void {
    const pages = errors.map((error) => this.pageOfError(error)).filter((page) => page !== undefined);
    const first = pages.length > 0 ? Math.min(...pages) : undefined;
    const step: FormStep = first === undefined ? { kind: 'review' } : { kind: 'page', index: first };
    if (!sameStep(step, this.step)) {
      this.step = step;
      this.urlState.push(stepParam(step));
    }
    this.showErrors(errors, general);
  }

  private sent(receipt: SubmissionReceipt, token: string | undefined): void {
    if (token) void this.formApi.deleteDraft(token);
    this.restart();
    this.errors = [];
    this.generalError = undefined;
    this.view = { kind: 'sent', receipt };
    this.announce(this.t('announceSent', { reference: receipt.reference }));
    this.focusSelector = '#receipt-heading';
    this.dispatchEvent(
      new CustomEvent(FORM_SENT_EVENT, {
        detail: { tenant: this.tenant.trim(), form: this.form.trim(), reference: receipt.reference },
        bubbles: true,
        composed: true,
      }),
    );
  }

  // ——— answers ———

  private fieldView(): FieldView {
    return this.editor.view();
  }

  private currentState(): FormState {
    if (!this.loaded) return { pages: [], fields: {}, computed: {} };
    return formState(this.loaded.definition, this.answers, this.options);
  }

  /** The answers without what the other answers hide, as they are saved and sent. */
  private cleaned(): Record<string, unknown> {
    return this.loaded ? cleanAnswers(this.loaded.definition, this.answers, this.options) : {};
  }

  private localized(definition: FormDefinition): {
    definition: LocalizedDefinition;
    places: Map<string, FieldPlace>;
  } {
    const lang = this.contentLang;
    if (this.localizedCache?.lang !== lang) {
      const localized = localizeDefinition(definition, lang, this.config?.languages.default ?? lang);
      this.localizedCache = { lang, definition: localized, places: fieldPlaces(localized) };
    }
    return this.localizedCache;
  }

  /** A text of the commune (a status label) in the content language. */
  private content(text: LocalizedText): string {
    return labelOf(text, this.contentLang, this.config?.languages.default ?? this.contentLang);
  }

  private heading(level: number, text: string, id: string | undefined, part: string): TemplateResult {
    const tag = headingTag(level);
    return id
      ? staticHtml`<${tag} id=${id} class=${part} part=${part} tabindex="-1">${text}</${tag}>`
      : staticHtml`<${tag} class=${part} part=${part}>${text}</${tag}>`;
  }

  private announce(text: string): void {
    // The same message twice must change the live region, or it is not read again.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  private get options(): ValidationOptions {
    return { today: calendarDayInBrussels(new Date()), lang: this.contentLang };
  }

  private get formApi(): FormApi {
    return new FormApi(this.apiBase, this.tenant.trim(), this.form.trim(), this.ui);
  }

  private get apiBase(): string {
    return resolveApiBase(this.api, bundleUrl, document.baseURI);
  }

  private get ui(): Language {
    return resolveUiLanguage(contextLang(this), this.config?.languages.default);
  }

  /** The language of the commune's texts, the one the answers are given in. */
  private get contentLang(): Language {
    return this.config ? resolveContentLanguage(this.ui, this.config.languages) : this.ui;
  }

  private get store(): SessionStore {
    return sessionStore(this.apiBase, this.tenant.trim());
  }

  private get token(): string | undefined {
    return this.store.read();
  }

  private t(key: FormMessageKey, params?: Readonly<Record<string, string>>): string {
    return formText(this.ui, key, params);
  }
}

defineElement('communa-form', CommunaForm);

declare global {
  interface HTMLElementTagNameMap {
    'communa-form': CommunaForm;
  }
}
