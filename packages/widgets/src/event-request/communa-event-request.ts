import type { AnswerError, FormDefinition, FormState, LocalizedDefinition } from '@communa/forms';
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
import { pickLocalized, resolveContentLanguage, resolveUiLanguage } from '../core/resolve-language.ts';
import { sandboxBanner } from '../core/sandbox-banner.ts';
import { SIGN_IN_EVENT, SIGN_OUT_EVENT, sessionEventTenant } from '../core/session-events.ts';
import { type SessionStore, sessionStore } from '../core/session-store.ts';
import type { Language, LocalizedText, PublicTenant } from '../core/tenant-types.ts';
import { TenantThemeController } from '../core/theme.ts';
import { urlParamName } from '../core/url-state.ts';
import { type UrlStateCause, UrlStateController } from '../core/url-state-controller.ts';
import type { AnswerEditor } from '../form/answer-editor.ts';
import type { FieldView } from '../form/field-view.ts';
import type { ErrorEntry } from '../form/form-errors.ts';
import type { FormKit } from '../form/form-kit.ts';
import type { FormMessageKey } from '../form/form-messages.ts';
import type { FieldPlace } from '../form/form-paths.ts';
import { addDays } from './brussels-time.ts';
import { eventRequestStyles } from './communa-event-request-styles.ts';
import { renderDetailsStep } from './details-step.ts';
import {
  type AssociationSummary,
  type EventOffer,
  type EventRequest,
  EventRequestApi,
  type EventRequestSummary,
  type EventType,
  type FieldError,
  type RequestApiError,
} from './event-request-api.ts';
import { type EventRequestMessageKey, eventRequestText } from './event-request-messages.ts';
import { problemText } from './problem-text.ts';
import {
  availabilityProblems,
  availabilityQuery,
  checkDetails,
  type DetailsInput,
  type DetailsProblem,
  type DetailsResult,
  detailsOf,
  EMPTY_DETAILS,
  requestBody,
  submissionProblems,
} from './request-details.ts';
import {
  nextAfter,
  parseStep,
  previousOf,
  progressOf,
  type RequestStep,
  reachableStep,
  stepParam,
} from './request-steps.ts';
import { renderRequestReview } from './review-step.ts';
import { controlId, type StepView } from './step-view.ts';
import { typeForm } from './type-form.ts';
import { renderTypeStep } from './type-step.ts';

export const DEFAULT_EVENT_REQUEST_PARAM = 'communa-event-request';
export const EVENT_REQUEST_SENT_EVENT = 'communa-event-request-sent';

type LoadError = 'errorNotFound' | 'errorForbidden' | 'errorNetwork' | 'errorServer' | 'errorNoTypes';

type View =
  | { kind: 'loading' }
  | { kind: 'unavailable'; error: LoadError }
  | { kind: 'sign-in' }
  | { kind: 'filling' }
  | { kind: 'sent'; request: EventRequest };

type Availability =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'answered'; problems: DetailsProblem[] }
  | { state: 'failed' };

/** The type's form as loaded: its key, the type it is filled for, the version and its definition for that type. */
interface LoadedForm {
  key: string;
  type: string;
  version: number;
  definition: FormDefinition;
}

const API_ERRORS: Readonly<Record<RequestApiError, LoadError>> = {
  'not-found': 'errorNotFound',
  forbidden: 'errorForbidden',
  unauthorized: 'errorServer',
  'not-editable': 'errorServer',
  invalid: 'errorServer',
  network: 'errorNetwork',
  server: 'errorServer',
};

/** Problems the live check finds; those of the details themselves come from the last Next. */
const LIVE_CODES = new Set(['lead_time', 'place_taken', 'equipment_short']);

/** The label of each control of the details step, as the error summary names it. */
const CONTROL_LABELS: Readonly<Record<string, readonly EventRequestMessageKey[]>> = {
  type: ['typeLegend'],
  title: ['titleLabel'],
  startDay: ['startLegend', 'dayLabel'],
  startTime: ['startLegend', 'timeLabel'],
  endDay: ['endLegend', 'dayLabel'],
  endTime: ['endLegend', 'timeLabel'],
  place: ['placeLabel'],
  street: ['street'],
  number: ['number'],
  box: ['box'],
  postalCode: ['postalCode'],
  city: ['city'],
  attendance: ['attendanceLabel'],
};

const STEP_HEADING = '#step-heading';
const AVAILABILITY_DELAY_MS = 400;

/**
 * An event permit request: the kind of event (its lead time and the documents it needs shown), when
 * and where (dates and times, a bookable place or an address, attendance, equipment to borrow, checked
 * live against the lead time, the place's other requests and the stock), the kind's own form through
 * the forms engine (file uploads included), a review, then the receipt with the reference. The
 * requester signs in first (with `<communa-account>`'s sign-in); the request is saved as a draft at
 * each step, and drafts and requests sent back as incomplete are continued from the first step. The
 * step shown is in the page URL (`?communa-event-request=details`), so back and forward move between
 * steps.
 *
 * @element communa-event-request
 *
 * @attr tenant - The commune's slug, for example `liege`.
 * @attr api - Origin of the Communa API; by default the origin the widget was loaded from.
 * @attr lang - Interface language (fr, nl, de, en); by default the page's, else the commune's.
 * @attr heading-level - Level of the element's heading, 1–6 (default 2); steps use the next one.
 * @attr url-param - Query parameter that holds the step shown (default `communa-event-request`).
 *
 * @fires communa-event-request-sent - The request was submitted (`detail: { tenant, reference }`).
 *
 * @csspart root - The element's box; carries the theme.
 * @csspart heading - The element's heading.
 * @csspart sandbox-banner - Notice shown when the commune is a test space.
 * @csspart progress - "Step 2 of 5".
 * @csspart progress-bar - The progress bar under it.
 * @csspart step-heading - The title of the step shown.
 * @csspart drafts - The requests in progress, each with a `resume` button (also `secondary`).
 * @csspart asked - What the commune asked, on a request it sent back as incomplete.
 * @csspart form - The form of a step.
 * @csspart field - One labelled input with its hint and message.
 * @csspart fieldset - A group of inputs (the kind of event, a start or end, where, equipment).
 * @csspart input - A text input or the place's select (also `select`).
 * @csspart radio - A radio button.
 * @csspart checkbox - A checkbox.
 * @csspart choice - A radio button or checkbox with its label.
 * @csspart hint - Help text.
 * @csspart field-error - The message at a field with an error.
 * @csspart availability - What the live check of dates, place and equipment says.
 * @csspart error-summary - The list of a step's errors, each linking to its field (also `alert`).
 * @csspart alert - An error message.
 * @csspart review-page - A part of the request on the review step.
 * @csspart answers - A list of answers.
 * @csspart change - The button going back to a step to change it.
 * @csspart submit - A step's main button (Next, Send the request).
 * @csspart secondary - A secondary button (Previous, and others).
 * @csspart previous - The button back to the previous step (also `secondary`).
 * @csspart receipt - The receipt once sent; its reference is `reference`.
 * @csspart sign-in - The box asking to sign in, around `<communa-account>`.
 * @csspart status - Loading and draft messages.
 *
 * The form's fields have the parts of `<communa-form>`'s (see `src/form/communa-form.ts`).
 *
 * @cssprop --communa-color-primary - Buttons and the box's accent (default: the commune's theme).
 * @cssprop --communa-color-on-primary - Text on primary-coloured buttons.
 * @cssprop --communa-color-accent - Focus ring.
 * @cssprop --communa-color-surface - Background of the box and fields.
 * @cssprop --communa-color-text - Text colour.
 * @cssprop --communa-radius - Corner radius.
 * @cssprop --communa-font - Font family (default `inherit`).
 */
export class CommunaEventRequest extends LitElement {
  static override styles = [baseStyles, eventRequestStyles];
  static override properties = {
    tenant: {},
    api: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    urlParam: { attribute: 'url-param' },
    view: { state: true },
    step: { state: true },
    details: { state: true },
    answers: { state: true },
    typeKey: { state: true },
    busy: { state: true },
    announcement: { state: true },
  } satisfies PropertyDeclarations;

  tenant = '';
  api = '';
  headingLevel = 2;
  urlParam = DEFAULT_EVENT_REQUEST_PARAM;
  private view: View = { kind: 'loading' };
  private step: RequestStep = { kind: 'type' };
  private details: DetailsInput = EMPTY_DETAILS;
  private answers: Record<string, unknown> = {};
  private typeKey: string | undefined;
  private busy = false;
  private announcement = '';
  private config: PublicTenant | undefined;
  private offer: EventOffer | undefined;
  private kit: FormKit | undefined;
  private editor: AnswerEditor | undefined;
  private form: LoadedForm | undefined;
  private drafts: EventRequestSummary[] = [];
  /** The associations the requester acts for, offered as “on behalf of”. */
  private associations: AssociationSummary[] = [];
  /** The request being written, once saved as a draft. */
  private requestId: string | undefined;
  /** What the commune asked when it sent the request back as incomplete. */
  private requestedChanges: string | null = null;
  private detailProblems: DetailsProblem[] = [];
  private formErrors: AnswerError[] = [];
  private typeMissing = false;
  /** Whether the step's error summary is shown (after Next, or a refusal). */
  private summaryShown = false;
  private generalError: EventRequestMessageKey | undefined;
  private availability: Availability = { state: 'idle' };
  private availabilityTimer: ReturnType<typeof setTimeout> | undefined;
  private availabilityRun: { controller: AbortController; done: Promise<void> } | undefined;
  private loadedKey: string | undefined;
  private focusSelector: string | undefined;
  private localizedCache:
    | { lang: Language; form: LoadedForm; definition: LocalizedDefinition; places: Map<string, FieldPlace> }
    | undefined;
  private readonly theme = new TenantThemeController(this, () => this.config?.theme);

  private readonly urlState = new UrlStateController(
    this,
    () => urlParamName(this.urlParam, DEFAULT_EVENT_REQUEST_PARAM),
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
    this.cancelAvailability();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('urlParam') && this.hasUpdated) this.urlState.sync('initial');
    const key = `${this.apiBase} ${this.tenant}`;
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
    return html`<section class="root" part="root" lang=${this.ui} aria-labelledby="heading"
      aria-busy=${this.busy || this.view.kind === 'loading'}>
      ${this.heading(this.headingLevel, this.t('heading'), 'heading', 'heading')}
      ${sandboxBanner(this.ui, this.config?.sandbox)}
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
          <p>${this.t(this.view.error)}</p>
          ${
            this.view.error === 'errorNetwork' || this.view.error === 'errorServer'
              ? html`<button type="button" class="button secondary" part="secondary" @click=${() => void this.load()}>${this.t('retry')}</button>`
              : nothing
          }
        </div>`;
      case 'sign-in':
        return html`<div class="sign-in" part="sign-in">
          ${this.heading(this.headingLevel + 1, this.t('signInTitle'), 'step-heading', 'step-heading')}
          ${this.renderGeneralError()}
          <p>${this.t('signInText')}</p>
          <communa-account tenant=${this.tenant} api=${this.api || nothing} lang=${this.ui}
            heading-level=${Math.min(this.headingLevel + 2, 6)}></communa-account>
        </div>`;
      case 'filling':
        return this.renderStep();
      case 'sent':
        return this.renderReceipt(this.view.request);
    }
  }

  private renderStep(): TemplateResult {
    const shown = this.shownPages();
    const { step, total } = progressOf(this.step, shown);
    const previous = previousOf(this.step, shown);
    const entries = this.summaryEntries();
    const kit = this.kit;
    const fieldView = this.fieldView();
    return html`<p id="progress" class="progress" part="progress">${this.t('stepOf', { step: String(step), total: String(total) })}</p>
      <progress part="progress-bar" max=${total} .value=${step} aria-labelledby="progress"></progress>
      ${this.step.kind !== 'type' ? html`<p class="hint" part="status">${this.t('draftNotice')}</p>` : nothing}
      ${this.requestedChanges ? html`<p class="asked" part="asked">${this.t('commentAsked', { text: this.requestedChanges })}</p>` : nothing}
      ${this.heading(this.headingLevel + 1, this.stepTitle(this.step), 'step-heading', 'step-heading')}
      ${
        kit && fieldView && entries.length > 0
          ? kit.renderErrorSummary(
              fieldView,
              entries,
              this.generalError ? this.t(this.generalError) : kit.formText(this.ui, 'errorSummaryIntro'),
              (path) => this.focusControl(path),
            )
          : this.renderGeneralError()
      }
      <form part="form" novalidate @submit=${this.step.kind === 'review' ? this.onSubmit : this.onNext}>
        ${this.renderStepBody()}
        <div class="actions">
          ${
            previous
              ? html`<button type="button" class="button secondary" part="secondary previous" ?disabled=${this.busy}
                  @click=${() => this.goTo(previous)}>${this.formT('previous')}</button>`
              : nothing
          }
          <button type="submit" class="button" part="submit" ?disabled=${this.busy}>
            ${this.step.kind === 'review' ? this.t(this.busy ? 'submitting' : 'submit') : this.formT('next')}
          </button>
        </div>
      </form>`;
  }

  private renderStepBody(): TemplateResult | TemplateResult[] | typeof nothing {
    const offer = this.offer;
    const kit = this.kit;
    const fieldView = this.fieldView();
    if (!offer || !kit || !fieldView) return nothing;
    const view = this.stepView();
    switch (this.step.kind) {
      case 'type':
        return renderTypeStep(
          view,
          offer.types,
          this.typeKey,
          (key) => this.chooseType(key),
          this.drafts,
          (draft) => void this.resume(draft),
        );
      case 'details':
        return renderDetailsStep(view, {
          input: this.details,
          type: this.type,
          places: offer.places,
          equipment: offer.equipment,
          associations: this.associations,
          availability: this.renderAvailability(view),
          change: (next) => this.changeDetails(next),
        });
      case 'page': {
        const localized = this.localized();
        if (!localized) return nothing;
        const page = localized.definition.pages[this.step.index];
        return html`${page?.description ? html`<p>${page.description}</p>` : nothing}
          ${kit.renderPageFields(localized.definition, this.step.index, fieldView, this.answers)}
          ${kit.renderComputed(localized.definition, fieldView)}`;
      }
      case 'review': {
        const localized = this.localized();
        const type = this.type;
        const checked = this.checkedDetails();
        if (!localized || !type || !checked.ok) return nothing;
        return html`${renderRequestReview(view, {
          type,
          details: checked.value,
          places: offer.places,
          equipment: offer.equipment,
          associations: this.associations,
          changeType: () => this.goTo({ kind: 'type' }),
          changeDetails: () => this.goTo({ kind: 'details' }),
        })}
          ${kit.renderReview(localized.definition, fieldView, this.answers, (index) =>
            this.goTo({ kind: 'page', index }),
          )}`;
      }
    }
  }

  private renderAvailability(view: StepView): TemplateResult {
    const state = this.availability;
    const text =
      state.state === 'checking'
        ? this.t('availabilityChecking')
        : state.state === 'failed'
          ? this.t('availabilityFailed')
          : state.state === 'answered' && state.problems.length === 0
            ? this.t('availabilityOk')
            : '';
    const problems = state.state === 'answered' ? state.problems : [];
    return html`<div class="availability" part="availability" role="status" data-state=${state.state}
      data-problems=${problems.length}>
      ${text ? html`<p>${text}</p>` : nothing}
      ${
        problems.length > 0
          ? html`<p>${this.t('availabilityProblems')}</p>
            <ul>${problems.map((problem) => html`<li>${problemText(problem, view.ui, view.t)}</li>`)}</ul>`
          : nothing
      }
    </div>`;
  }

  private renderReceipt(request: EventRequest): TemplateResult {
    return html`<div class="receipt" part="receipt">
      ${this.heading(this.headingLevel + 1, this.t('receiptTitle'), 'receipt-heading', 'step-heading')}
      <dl class="answers" part="answers">
        <div class="answer"><dt>${this.t('receiptReference')}</dt><dd class="reference" part="reference">${request.reference}</dd></div>
        <div class="answer"><dt>${this.t('rowTitle')}</dt><dd>${request.title}</dd></div>
        <div class="answer"><dt>${this.t('receiptStatus')}</dt><dd part="status">${this.t('receiptSubmitted')}</dd></div>
      </dl>
      <p>${this.t('receiptEmail')}</p>
      <p>${this.t('receiptAccount')}</p>
      <div class="actions">
        <button type="button" class="button secondary" part="secondary" @click=${this.startAgain}>${this.t('newRequest')}</button>
      </div>
    </div>`;
  }

  private renderGeneralError(): TemplateResult | typeof nothing {
    if (!this.generalError) return nothing;
    return html`<p class="alert" part="alert" role="alert" tabindex="-1">${this.t(this.generalError)}</p>`;
  }

  // ——— errors ———

  /** The messages at each control of the request's own steps. */
  private problemMessages(): Map<string, string[]> {
    const messages = new Map<string, string[]>();
    const view = { ui: this.ui, t: this.t.bind(this) };
    for (const problem of this.currentProblems()) {
      const list = messages.get(problem.control) ?? [];
      const text = problemText(problem, view.ui, view.t);
      if (!list.includes(text)) list.push(text);
      messages.set(problem.control, list);
    }
    if (this.typeMissing) messages.set('type', [this.t('typeRequired')]);
    return messages;
  }

  /** The details' own problems from the last Next, and what the live check says now. */
  private currentProblems(): DetailsProblem[] {
    const live = this.availability.state === 'answered' ? this.availability.problems : [];
    return [...this.detailProblems.filter((problem) => !LIVE_CODES.has(problem.code)), ...live];
  }

  private summaryEntries(): ErrorEntry[] {
    if (!this.summaryShown) return [];
    const kit = this.kit;
    switch (this.step.kind) {
      case 'type':
        return this.typeMissing
          ? [{ control: 'type', message: this.t('typeRequired'), summary: this.t('typeRequired') }]
          : [];
      case 'details':
        return this.currentProblems().map((problem) => {
          const message = problemText(problem, this.ui, this.t.bind(this));
          const field = this.controlLabel(problem.control);
          return { control: problem.control, message, summary: this.formT('errorAt', { field, message }) };
        });
      default: {
        const localized = this.localized();
        if (!kit || !localized) return [];
        const step = this.step;
        const onStep = this.formErrors.filter((error) => {
          const page = localized.places.get(error.path.split('.')[0] ?? '')?.page;
          return page === undefined ? step.kind === 'review' : step.kind === 'page' && page === step.index;
        });
        return kit.describeErrors(onStep, localized.places, this.ui, (key, params) =>
          this.formT(key, params),
        );
      }
    }
  }

  private controlLabel(control: string): string {
    if (control.startsWith('equipment.')) {
      const item = this.offer?.equipment.find((candidate) => `equipment.${candidate.key}` === control);
      return item ? this.content(item.name) : control;
    }
    return (CONTROL_LABELS[control] ?? []).map((key) => this.t(key)).join(' – ');
  }

  private focusControl(path: string): void {
    this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(controlId(path))}`)?.focus();
  }

  private clearErrors(): void {
    this.detailProblems = [];
    this.formErrors = [];
    this.typeMissing = false;
    this.summaryShown = false;
    this.generalError = undefined;
  }

  private showSummary(general?: EventRequestMessageKey): void {
    this.summaryShown = true;
    this.generalError = general;
    this.focusSelector = this.summaryEntries().length > 0 ? '#error-summary' : '.alert';
    this.requestUpdate();
  }

  // ——— loading and the session ———

  private async load(): Promise<void> {
    this.view = { kind: 'loading' };
    const [tenant, offer, kit] = await Promise.all([
      fetchTenant(createApiClient(this.apiBase), this.tenant.trim()),
      this.requestApi.offer(),
      // The engine and the field templates come with <communa-form>'s chunk, loaded on demand.
      import('../form/communa-form.ts').then(
        (module) => module.formKit,
        () => undefined,
      ),
    ]);
    if (tenant.ok) this.config = tenant.tenant;
    if (!tenant.ok) {
      this.view = { kind: 'unavailable', error: API_ERRORS[tenant.error] };
      return;
    }
    if (!offer.ok || !kit) {
      this.view = { kind: 'unavailable', error: offer.ok ? 'errorNetwork' : API_ERRORS[offer.error] };
      return;
    }
    if (offer.value.types.length === 0) {
      this.view = { kind: 'unavailable', error: 'errorNoTypes' };
      return;
    }
    this.offer = offer.value;
    this.kit = kit;
    this.adoptFormStyles(kit);
    this.editor = new kit.AnswerEditor({
      ui: () => this.ui,
      t: (key, params) => this.formT(key, params),
      state: () => this.formState(),
      answers: () => this.answers,
      setAnswers: (next) => {
        this.answers = next;
      },
      places: () => this.localized()?.places ?? new Map<string, FieldPlace>(),
      errorMessages: () => kit.messagesByControl(this.summaryShown ? this.summaryEntries() : []),
      sectionLevel: () => this.headingLevel + 2,
      heading: (level, text, id) => this.heading(level, text, id, 'subheading'),
      announce: (text) => this.announce(text),
      focusAfterUpdate: (selector) => {
        this.focusSelector = selector;
      },
      requestUpdate: () => this.requestUpdate(),
      uploadTarget: async () => {
        const token = this.token;
        return this.form && token
          ? { apiBase: this.apiBase, tenant: this.tenant.trim(), form: this.form.key, sender: { token } }
          : undefined;
      },
    });
    if (offer.value.places.length === 0) this.details = { ...EMPTY_DETAILS, where: 'address' };
    await this.enter();
  }

  /** The form's field styles, with the engine's chunk: after the element's base, before its own. */
  private adoptFormStyles(kit: FormKit): void {
    const root = this.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    const sheets = [baseStyles, kit.formStyles, eventRequestStyles].flatMap((style) =>
      style.styleSheet ? [style.styleSheet] : [],
    );
    if (sheets.length === 3) root.adoptedStyleSheets = sheets;
  }

  /** Into the steps once loaded and signed in, with the requests in progress offered to continue. */
  private async enter(): Promise<void> {
    const token = this.token;
    if (!token) return this.askSignIn();
    const [mine, associations] = await Promise.all([
      this.requestApi.mine(token),
      this.requestApi.associations(token),
    ]);
    if (!mine.ok && mine.error === 'unauthorized') return this.sessionEnded();
    this.associations = associations.ok ? associations.value : [];
    this.drafts = mine.ok
      ? mine.value.filter((request) => request.status === 'draft' || request.status === 'incomplete')
      : [];
    this.step = this.reachable(parseStep(this.urlState.value, this.pageCount()) ?? { kind: 'type' });
    this.view = { kind: 'filling' };
  }

  private askSignIn(): void {
    this.view = { kind: 'sign-in' };
    import('../account/communa-account.ts').catch(() => {
      this.view = { kind: 'unavailable', error: 'errorNetwork' };
    });
  }

  private sessionEnded(): void {
    this.store.clear();
    this.generalError = 'errorSessionEnded';
    this.askSignIn();
    this.focusSelector = STEP_HEADING;
  }

  private readonly onSignIn = (event: Event): void => {
    if (sessionEventTenant(event) !== this.tenant.trim() || this.view.kind !== 'sign-in') return;
    this.generalError = undefined;
    this.focusSelector = STEP_HEADING;
    void this.enter();
  };

  private readonly onSignOut = (event: Event): void => {
    if (sessionEventTenant(event) !== this.tenant.trim()) return;
    if (this.view.kind === 'filling') this.askSignIn();
  };

  // ——— steps ———

  private chooseType(key: string): void {
    this.typeKey = key;
    this.typeMissing = false;
    this.scheduleAvailability();
  }

  private changeDetails(next: Partial<DetailsInput>): void {
    this.details = { ...this.details, ...next };
    this.scheduleAvailability();
  }

  private readonly onNext = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.busy || !this.kit) return;
    const step = this.step;
    if (step.kind === 'type') {
      const type = this.type;
      if (!type) {
        this.typeMissing = true;
        return this.showSummary();
      }
      this.busy = true;
      const loaded = await this.loadForm(type);
      this.busy = false;
      if (!loaded) return this.showSummary('errorFormGone');
      return this.goTo({ kind: 'details' });
    }
    if (step.kind === 'details') {
      await this.settleAvailability();
      const checked = this.checkedDetails();
      this.detailProblems = checked.ok ? [] : checked.problems;
      if (this.currentProblems().length > 0) return this.showSummary();
      if (!(await this.saveDraft())) return;
      return this.goTo(nextAfter(this.shownPages(), -1));
    }
    if (step.kind === 'page' && this.form) {
      const result = this.kit.validatePage(this.form.definition, this.answers, step.index, this.options);
      if (!result.ok) {
        this.formErrors = result.errors;
        return this.showSummary();
      }
      if (!(await this.saveDraft())) return;
      this.goTo(nextAfter(this.shownPages(), step.index));
    }
  };

  /** Shows another step, records it in the URL and announces it. */
  private goTo(step: RequestStep): void {
    this.clearErrors();
    this.step = step;
    this.urlState.push(stepParam(step));
    this.afterStepChange();
    if (step.kind === 'details') this.scheduleAvailability();
  }

  private afterStepChange(): void {
    const { step, total } = progressOf(this.step, this.shownPages());
    this.announce(
      this.t('announceStep', { step: String(step), total: String(total), title: this.stepTitle(this.step) }),
    );
    this.focusSelector = STEP_HEADING;
  }

  private handleUrlChange(value: string | null, cause: UrlStateCause): void {
    if (cause !== 'history' || (this.view.kind !== 'filling' && this.view.kind !== 'sent')) return;
    if (this.view.kind === 'sent') this.restart();
    this.clearErrors();
    this.step = this.reachable(parseStep(value, this.pageCount()) ?? { kind: 'type' });
    this.view = { kind: 'filling' };
    if (this.step.kind === 'details') this.scheduleAvailability();
    if (this.matches(':focus-within')) this.afterStepChange();
  }

  private reachable(wanted: RequestStep): RequestStep {
    const kit = this.kit;
    const form = this.form;
    return reachableStep(wanted, {
      typeChosen: this.type !== undefined && form !== undefined && form.key === this.type.form,
      detailsValid: this.checkedDetails().ok,
      shownPages: this.shownPages(),
      pageValid: (index) =>
        kit !== undefined &&
        form !== undefined &&
        kit.validatePage(form.definition, this.answers, index, this.options).ok,
    });
  }

  private stepTitle(step: RequestStep): string {
    switch (step.kind) {
      case 'type':
        return this.t('stepType');
      case 'details':
        return this.t('stepDetails');
      case 'review':
        return this.t('reviewTitle');
      case 'page':
        return this.localized()?.definition.pages[step.index]?.title ?? '';
    }
  }

  private readonly startAgain = (): void => {
    this.restart();
    this.goTo({ kind: 'type' });
    this.view = { kind: 'filling' };
    void this.enter();
  };

  private restart(): void {
    this.requestId = undefined;
    this.requestedChanges = null;
    this.typeKey = undefined;
    this.details = this.offer?.places.length === 0 ? { ...EMPTY_DETAILS, where: 'address' } : EMPTY_DETAILS;
    this.answers = {};
    this.editor?.reset();
    this.availability = { state: 'idle' };
  }

  // ——— drafts ———

  /** Continues a draft, or a request sent back as incomplete, on its first step not complete. */
  private async resume(draft: EventRequestSummary): Promise<void> {
    const token = this.token;
    if (!token || this.busy) return;
    this.busy = true;
    const result = await this.requestApi.request(token, draft.id);
    const type = result.ok
      ? this.offer?.types.find((candidate) => candidate.key === result.value.type)
      : undefined;
    const loaded = type ? await this.loadForm(type) : false;
    this.busy = false;
    if (!result.ok) {
      if (result.error === 'unauthorized') return this.sessionEnded();
      return this.showSummary('errorSave');
    }
    if (!type || !loaded) return this.showSummary('errorTypeGone');
    const request = result.value;
    this.requestId = request.id;
    this.requestedChanges = request.status === 'incomplete' ? request.requestedChanges : null;
    this.typeKey = request.type;
    this.details = detailsOf(request);
    this.answers = request.answers;
    this.editor?.reset();
    this.goTo(this.reachable({ kind: 'review' }));
    this.announce(this.t('draftResumed', { title: request.title }));
  }

  /** Saves what is asked so far; false (with the reason shown) when it could not be. */
  private async saveDraft(): Promise<boolean> {
    const token = this.token;
    const type = this.type;
    const checked = this.checkedDetails();
    if (!token) {
      this.sessionEnded();
      return false;
    }
    if (!type || !checked.ok) return false;
    this.busy = true;
    const saved = await this.requestApi.save(
      token,
      this.requestId,
      requestBody(type.key, checked.value, this.cleanedAnswers()),
    );
    this.busy = false;
    if (saved.ok) {
      this.requestId = saved.value.id;
      this.announce(this.t('draftSaved'));
      return true;
    }
    if (saved.error === 'unauthorized') this.sessionEnded();
    else this.showSummary(saved.error === 'not-editable' ? 'errorNotEditable' : 'errorSave');
    return false;
  }

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const token = this.token;
    if (this.busy || !token || this.editor?.uploading) return;
    if (!(await this.saveDraft()) || !this.requestId) return;
    this.busy = true;
    const result = await this.requestApi.submit(token, this.requestId);
    this.busy = false;
    if (result.ok) return this.sent(result.value);
    if (result.error === 'refused') return this.refused(result.errors);
    if (result.error === 'unauthorized') return this.sessionEnded();
    this.showSummary(result.error === 'not-editable' ? 'errorNotEditable' : 'errorSubmit');
  };

  /** The reasons of a refusal, each on its step: the kind, the details, or the form's pages. */
  private refused(errors: readonly FieldError[]): void {
    const kit = this.kit;
    const type = this.type;
    if (!kit || !type) return;
    if (errors.some((error) => error.code === 'type_inactive')) {
      this.goTo({ kind: 'type' });
      this.showSummary('errorTypeGone');
      return;
    }
    const today = kit.calendarDayInBrussels(new Date());
    const details = submissionProblems(errors, addDays(today, type.leadTimeDays));
    if (details.length > 0) {
      this.goTo({ kind: 'details' });
      this.availability = { state: 'answered', problems: details };
      this.showSummary('errorRefused');
      return;
    }
    this.formErrors = errors.flatMap(({ path, code, message }) => {
      const known = kit.ANSWER_ERROR_CODES.find((candidate) => candidate === code);
      return known && path.startsWith('answers.') ? [{ path: path.slice(8), code: known, message }] : [];
    });
    const places = this.localized()?.places;
    const pages = this.formErrors.flatMap((error) => {
      const page = places?.get(error.path.split('.')[0] ?? '')?.page;
      return page === undefined ? [] : [page];
    });
    const first = pages.length > 0 ? Math.min(...pages) : undefined;
    const formErrors = this.formErrors;
    if (first !== undefined) this.goTo({ kind: 'page', index: first });
    this.formErrors = formErrors;
    this.showSummary(
      errors.some((error) => error.code === 'form_unavailable') ? 'errorFormGone' : 'errorRefused',
    );
  }

  private sent(request: EventRequest): void {
    this.restart();
    this.clearErrors();
    this.view = { kind: 'sent', request };
    this.announce(this.t('announceSent', { reference: request.reference }));
    this.focusSelector = '#receipt-heading';
    this.dispatchEvent(
      new CustomEvent(EVENT_REQUEST_SENT_EVENT, {
        detail: { tenant: this.tenant.trim(), reference: request.reference },
        bubbles: true,
        composed: true,
      }),
    );
  }

  // ——— the live availability check ———

  private scheduleAvailability(): void {
    clearTimeout(this.availabilityTimer);
    this.availabilityTimer = setTimeout(() => {
      this.availabilityTimer = undefined;
      void this.checkAvailability();
    }, AVAILABILITY_DELAY_MS);
  }

  /** Waits for the check of what is typed now, so Next judges the latest answer. */
  private async settleAvailability(): Promise<void> {
    if (this.availabilityTimer !== undefined) {
      clearTimeout(this.availabilityTimer);
      this.availabilityTimer = undefined;
      await this.checkAvailability();
    } else await this.availabilityRun?.done;
  }

  private cancelAvailability(): void {
    clearTimeout(this.availabilityTimer);
    this.availabilityTimer = undefined;
    this.availabilityRun?.controller.abort();
    this.availabilityRun = undefined;
  }

  private checkAvailability(): Promise<void> {
    this.availabilityRun?.controller.abort();
    const type = this.type;
    const query = type && this.offer ? availabilityQuery(type.key, this.details, this.stock) : undefined;
    if (!query) {
      this.availability = { state: 'idle' };
      this.availabilityRun = undefined;
      this.requestUpdate();
      return Promise.resolve();
    }
    const controller = new AbortController();
    this.availability = { state: 'checking' };
    this.requestUpdate();
    const done = this.requestApi.availability(query, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      this.availability = result.ok
        ? { state: 'answered', problems: availabilityProblems(result.value) }
        : { state: 'failed' };
      this.availabilityRun = undefined;
      this.requestUpdate();
    });
    this.availabilityRun = { controller, done };
    return done;
  }

  // ——— the type's form ———

  private async loadForm(type: EventType): Promise<boolean> {
    const kit = this.kit;
    if (!kit) return false;
    if (this.form?.type === type.key) return true;
    const published = await new kit.FormApi(this.apiBase, this.tenant.trim(), type.form, this.ui).form();
    if (!published.ok) return false;
    const parsed = kit.formDefinitionSchema.safeParse(published.value.definition);
    if (!parsed.success) return false;
    // Another type of the same form keeps what was answered; its own attachments are asked.
    const sameForm = this.form?.key === type.form;
    this.form = {
      key: type.form,
      type: type.key,
      version: published.value.version,
      definition: typeForm(parsed.data, type.attachments),
    };
    if (!sameForm) {
      this.answers = {};
      this.editor?.reset();
    }
    return true;
  }

  private formState(): FormState {
    return this.kit && this.form
      ? this.kit.formState(this.form.definition, this.answers, this.options)
      : { pages: [], fields: {}, computed: {} };
  }

  private shownPages(): number[] {
    return this.kit && this.form ? this.kit.shownPages(this.formState()) : [];
  }

  private pageCount(): number {
    return this.form?.definition.pages.length ?? 0;
  }

  private cleanedAnswers(): Record<string, unknown> {
    return this.kit && this.form
      ? this.kit.cleanAnswers(this.form.definition, this.answers, this.options)
      : {};
  }

  private localized(): { definition: LocalizedDefinition; places: Map<string, FieldPlace> } | undefined {
    const kit = this.kit;
    const form = this.form;
    if (!kit || !form) return undefined;
    const lang = this.contentLang;
    if (this.localizedCache?.lang !== lang || this.localizedCache.form !== form) {
      const definition = kit.localizeDefinition(
        form.definition,
        lang,
        this.config?.languages.default ?? lang,
      );
      this.localizedCache = { lang, form, definition, places: kit.fieldPlaces(definition) };
    }
    return this.localizedCache;
  }

  private fieldView(): FieldView | undefined {
    return this.editor?.view();
  }

  private stepView(): StepView {
    return {
      ui: this.ui,
      t: (key, params) => this.t(key, params),
      content: (text) => this.content(text),
      messages: this.summaryShown || this.step.kind === 'details' ? this.problemMessages() : new Map(),
      heading: (level, text, id) => this.heading(level, text, id, 'subheading'),
      sectionLevel: this.headingLevel + 2,
    };
  }

  private checkedDetails(): DetailsResult {
    return checkDetails(this.details, this.stock, this.kit?.calendarDayInBrussels(new Date()) ?? '');
  }

  private get stock(): Map<string, number> {
    return new Map((this.offer?.equipment ?? []).map((item) => [item.key, item.stock]));
  }

  private get type(): EventType | undefined {
    return this.offer?.types.find((type) => type.key === this.typeKey);
  }

  // ——— text and context ———

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

  private content(text: LocalizedText): string {
    return pickLocalized(text, this.contentLang, this.config?.languages.default ?? this.contentLang).text;
  }

  private get options(): { today: string; lang: Language } {
    return { today: this.kit?.calendarDayInBrussels(new Date()) ?? '', lang: this.contentLang };
  }

  private get requestApi(): EventRequestApi {
    return new EventRequestApi(this.apiBase, this.tenant.trim(), this.ui);
  }

  private get apiBase(): string {
    return resolveApiBase(this.api, bundleUrl, document.baseURI);
  }

  private get ui(): Language {
    return resolveUiLanguage(contextLang(this), this.config?.languages.default);
  }

  private get contentLang(): Language {
    return this.config ? resolveContentLanguage(this.ui, this.config.languages) : this.ui;
  }

  private get store(): SessionStore {
    return sessionStore(this.apiBase, this.tenant.trim());
  }

  private get token(): string | undefined {
    return this.store.read();
  }

  private t(key: EventRequestMessageKey, params?: Readonly<Record<string, string>>): string {
    return eventRequestText(this.ui, key, params);
  }

  private formT(key: FormMessageKey, params?: Readonly<Record<string, string>>): string {
    return this.kit?.formText(this.ui, key, params) ?? '';
  }
}

defineElement('communa-event-request', CommunaEventRequest);

declare global {
  interface HTMLElementTagNameMap {
    'communa-event-request': CommunaEventRequest;
  }
}
