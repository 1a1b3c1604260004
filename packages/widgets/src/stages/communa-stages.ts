import { html, LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { AccountApi } from '../account/account-api.ts';
import { bundleUrl, resolveApiBase } from '../core/api-base.ts';
import { createApiClient } from '../core/api-client.ts';
import { baseStyles } from '../core/base-styles.ts';
import { contextLang } from '../core/context-lang.ts';
import { defineElement } from '../core/define-element.ts';
import { fetchTenant, type TenantError } from '../core/fetch-tenant.ts';
import { clampHeadingLevel } from '../core/heading-level.ts';
import { LangObserverController } from '../core/lang-observer-controller.ts';
import { createLocalizer } from '../core/localizer.ts';
import { resolveContentLanguage, resolveUiLanguage } from '../core/resolve-language.ts';
import { sandboxBanner } from '../core/sandbox-banner.ts';
import { SIGN_IN_EVENT, SIGN_OUT_EVENT, sessionEventTenant } from '../core/session-events.ts';
import { sessionStore } from '../core/session-store.ts';
import type { Language, PublicTenant } from '../core/tenant-types.ts';
import { TenantThemeController } from '../core/theme.ts';
import { urlParamName, withUrlParam } from '../core/url-state.ts';
import { type UrlStateCause, UrlStateController } from '../core/url-state-controller.ts';
import type { FormKit } from '../form/form-kit.ts';
import { stagesStyles } from './communa-stages-styles.ts';
import {
  type AnswerGroup,
  type FormProblem,
  type Parent,
  type QuestionsSlot,
  renderEnrol,
} from './enrol-form.ts';
import { IdempotencyKeeper } from './idempotency-keeper.ts';
import { CATEGORY_TEXT, drawAtMessage, drawMessage, ERROR_TEXT, resultMessage } from './message-choice.ts';
import { enrolmentRequest } from './question-answers.ts';
import { SeatRefresh } from './seat-refresh.ts';
import { filterOptions, filterStages, NO_FILTERS, type StageFilters } from './stage-filters.ts';
import { stageFormat } from './stage-format.ts';
import { StageQuestions } from './stage-questions.ts';
import {
  heading,
  renderFilters,
  renderPlace,
  renderSession,
  renderStageCard,
  say,
  type ViewText,
} from './stage-views.ts';
import type { EnrolmentResult, Stage, StageCatalogue, StagesError } from './stages-api.ts';
import { StagesApi } from './stages-api.ts';
import { type StagesMessageKey, stagesText } from './stages-messages.ts';

export const DEFAULT_STAGE_PARAM = 'communa-stage';
export const ENROL_EVENT = 'communa-enrol';

export interface EnrolDetail {
  tenant: string;
  sessionId: string;
  results: Pick<EnrolmentResult, 'childId' | 'status'>[];
}

type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; tenant: PublicTenant; catalogue: StageCatalogue }
  | { status: 'error'; error: TenantError };

const LOAD_ERRORS: Readonly<Record<TenantError, StagesMessageKey>> = {
  'not-found': 'errorNotFound',
  forbidden: 'errorForbidden',
  network: 'errorNetwork',
  server: 'errorServer',
};

const SIGN_IN_EVENTS = [SIGN_IN_EVENT, SIGN_OUT_EVENT] as const;

// The API reuses a catalogue answer for up to 1 s: reading every second keeps what is shown at
// most 2 s old.
const SEAT_REFRESH_MS = 1000;

/**
 * A commune's holiday activities (stages) for parents: the catalogue with filters and live seat
 * counts, and, signed in, the enrolment of one or several children in one or several sessions
 * (one request per session) with the answer for each child at once. A stage that asks questions
 * (a form of the commune) has them answered for each child chosen, checked in the browser with the
 * forms engine before sending, and the API's refusals shown at the child's field. The stage shown
 * is kept in the page URL (`?communa-stage=<key>`), so a link opens it and back returns to the list.
 * Signing in is `<communa-account>`'s job: this element shares its session (same storage), follows
 * its sign-in and sign-out, and sends the parent to it.
 *
 * @element communa-stages
 *
 * @attr tenant - The commune's slug, for example `liege`.
 * @attr api - Origin of the Communa API; by default the origin the widget was loaded from.
 * @attr lang - Interface language (fr, nl, de, en); by default the page's, else the commune's.
 * @attr heading-level - Level of the element's heading, 1–6 (default 2); stage titles use the next one.
 * @attr url-param - Query parameter that holds the stage shown (default `communa-stage`).
 * @attr account-href - Link to the page with `<communa-account>`, for parents not signed in; by
 *   default the sign-in button moves to a `<communa-account>` of the same commune on this page.
 *
 * @fires communa-enrol - An enrolment request was answered (`detail: { tenant, sessionId, results }`).
 *
 * @csspart root - The element's inner box; carries the theme.
 * @csspart heading - The element's heading.
 * @csspart sandbox-banner - Notice shown when the commune is a test space.
 * @csspart filters - The filter form.
 * @csspart filter - A filter's select.
 * @csspart reset-button - The button clearing the filters.
 * @csspart count - How many stages match.
 * @csspart list - The list of stages.
 * @csspart card - One stage in the list.
 * @csspart card-title - A stage's title in the list.
 * @csspart card-kind - A stage's kind of activity and place.
 * @csspart sessions - A stage's list of sessions.
 * @csspart session - One session: days, hours, ages, prices.
 * @csspart session-status - Where enrolment stands: opening, seats left, waitlist, draw.
 * @csspart open-link - The link opening a stage.
 * @csspart details - The stage shown on its own.
 * @csspart back-button - The button back to the list.
 * @csspart details-title - The stage's title.
 * @csspart description - The stage's description.
 * @csspart place - The stage's place and address.
 * @csspart subheading - A heading within the stage (sessions, enrolment, answer).
 * @csspart enrol - The enrolment section.
 * @csspart sign-in - The button or link to sign in.
 * @csspart form - The enrolment form.
 * @csspart fieldset - A group of choices (session, children), or a child's questions (also `questions`).
 * @csspart questions - The stage's questions: one group per child chosen.
 * @csspart radio - A session's radio button.
 * @csspart checkbox - A child's checkbox, or "all or none".
 * @csspart submit - The enrolment button.
 * @csspart alert - An error message.
 * @csspart error-summary - The list of the form's errors (also `alert`).
 * @csspart answer - The answer to a request.
 * @csspart results - The list of answers, one per child.
 * @csspart result - The answer for one child.
 * @csspart empty - Message shown when nothing matches.
 * @csspart status - Loading message.
 * @csspart error - Error message box.
 * @csspart retry-button - The error box's retry button.
 *
 * @cssprop --communa-color-primary - Buttons, links and accents (default: the commune's theme).
 * @cssprop --communa-color-on-primary - Text on primary-coloured buttons.
 * @cssprop --communa-color-accent - Focus ring and test-space banner.
 * @cssprop --communa-color-surface - Background of cards and panels.
 * @cssprop --communa-color-text - Text colour.
 * @cssprop --communa-radius - Corner radius of cards and buttons.
 * @cssprop --communa-font - Font family (default `inherit`: the host page's font).
 */
export class CommunaStages extends LitElement {
  static override styles = [baseStyles, stagesStyles];

  static override properties = {
    tenant: {},
    api: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    urlParam: { attribute: 'url-param' },
    accountHref: { attribute: 'account-href' },
    load: { state: true },
    filters: { state: true },
    parent: { state: true },
    busy: { state: true },
    problems: { state: true },
    chosen: { state: true },
    enrolError: { state: true },
    answer: { state: true },
    announcement: { state: true },
  } satisfies PropertyDeclarations;

  tenant = '';
  api = '';
  headingLevel = 2;
  urlParam = DEFAULT_STAGE_PARAM;
  accountHref = '';

  private load: LoadState = { status: 'loading' };
  private filters: StageFilters = NO_FILTERS;
  private parent: Parent = { kind: 'checking' };
  private busy = false;
  private problems: FormProblem[] = [];
  /** The children ticked in the enrolment form, in the household's order. */
  private chosen: string[] = [];
  private enrolError: StagesMessageKey | undefined;
  private answer: AnswerGroup[] | undefined;
  private announcement = '';

  private loadedKey: string | undefined;
  private focusSelector: string | undefined;
  private readonly theme = new TenantThemeController(this, () =>
    this.load.status === 'ready' ? this.load.tenant.theme : undefined,
  );
  private observer: IntersectionObserver | undefined;
  private readonly keeper = new IdempotencyKeeper();
  private readonly seats = new SeatRefresh(() => this.refreshSeats(), SEAT_REFRESH_MS);
  private readonly questions = new StageQuestions({
    apiBase: () => this.apiBase,
    tenant: () => this.tenant.trim(),
    ui: () => this.ui,
    contentLang: () => this.contentLang,
    defaultLang: () => (this.load.status === 'ready' ? this.load.tenant.languages.default : this.ui),
    sectionLevel: () => clampHeadingLevel(this.headingLevel) + 3,
    heading: (level, text) => heading(level, text, { cls: 'subheading', part: 'subheading' }),
    announce: (text) => this.announce(text),
    focusAfterUpdate: (selector) => {
      this.focusSelector = selector;
    },
    requestUpdate: () => this.requestUpdate(),
    adoptStyles: (kit) => this.adoptFieldStyles(kit),
  });

  private readonly urlState = new UrlStateController(
    this,
    () => urlParamName(this.urlParam, DEFAULT_STAGE_PARAM),
    (value, previous, cause) => this.handleUrlChange(value, previous, cause),
  );

  constructor() {
    super();
    new LangObserverController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const name of SIGN_IN_EVENTS) document.addEventListener(name, this.onSignInChange);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.seats.setPageVisible(document.visibilityState !== 'hidden');
    this.observer = new IntersectionObserver((entries) => {
      const entry = entries.at(-1);
      if (entry) this.seats.setInView(entry.isIntersecting);
    });
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const name of SIGN_IN_EVENTS) document.removeEventListener(name, this.onSignInChange);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.observer?.disconnect();
    this.seats.stop();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('urlParam') && this.hasUpdated) this.urlState.sync('initial');
    const key = `${this.apiBase} ${this.tenant}`;
    if (key !== this.loadedKey) {
      this.loadedKey = key;
      void this.start();
    }
    // A stage's questions are read only once a parent who can enrol opens it.
    const questions =
      this.parent.kind === 'signed-in' && this.parent.children.length > 0
        ? this.selectedStage()?.questionsForm
        : undefined;
    if (questions) this.questions.want(questions);
  }

  protected override updated(): void {
    if (this.focusSelector) {
      this.renderRoot.querySelector<HTMLElement>(this.focusSelector)?.focus();
      this.focusSelector = undefined;
    }
  }

  protected override render(): TemplateResult {
    const v = this.viewText();
    const level = clampHeadingLevel(this.headingLevel);
    const tenant = this.load.status === 'ready' ? this.load.tenant : undefined;
    const name = tenant ? v.content(tenant.name) : undefined;
    return html`<section class="root" part="root" lang=${this.ui} aria-labelledby="heading" aria-busy=${this.load.status === 'loading'}>
      ${heading(level, name ? `${v.t('title')} — ${name.text}` : v.t('title'), { id: 'heading', cls: 'heading', part: 'heading' })}
      ${sandboxBanner(this.ui, tenant?.sandbox)}
      ${this.renderState(v, level)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  private renderState(v: ViewText, level: number): TemplateResult {
    switch (this.load.status) {
      case 'loading':
        return html`<p class="status-text" part="status">${v.t('loading')}</p>`;
      case 'error':
        return html`<div class="error" part="error">
          <p role="alert">${v.t(LOAD_ERRORS[this.load.error])}</p>
          <button type="button" class="button retry" part="retry-button" @click=${this.retry}>${v.t('retry')}</button>
        </div>`;
      case 'ready': {
        const stage = this.selectedStage();
        return stage
          ? this.renderDetails(v, stage, level + 1)
          : this.renderList(v, this.load.catalogue, level + 1);
      }
    }
  }

  private renderList(v: ViewText, catalogue: StageCatalogue, level: number): TemplateResult {
    if (catalogue.stages.length === 0) return html`<p class="empty" part="empty">${v.t('noStages')}</p>`;
    const children = this.parent.kind === 'signed-in' ? this.parent.children : [];
    const shown = filterStages(catalogue.stages, this.filters, children);
    return html`${renderFilters(v, {
      options: filterOptions(catalogue.stages),
      filters: this.filters,
      children,
      onChange: this.onFilterChange,
      onReset: this.resetFilters,
    })}
      <p class="count" part="count">${this.countText(shown.length)}</p>
      ${
        shown.length === 0
          ? html`<p class="empty" part="empty">${v.t('noResults')}</p>`
          : html`<ul class="list" part="list" aria-labelledby="heading">
              ${shown.map((stage) =>
                renderStageCard(v, stage, {
                  headingLevel: level,
                  href: this.stageHref(stage.key),
                  onOpen: this.onOpenStage,
                }),
              )}
            </ul>`
      }`;
  }

  private renderDetails(v: ViewText, stage: Stage, level: number): TemplateResult {
    const title = v.content(stage.title);
    const description = v.content(stage.description);
    return html`<article class="details" part="details" aria-labelledby="stage-heading">
      <button type="button" class="button secondary back" part="back-button" @click=${this.closeStage}>${v.t('backToList')}</button>
      ${heading(level, title.text, { id: 'stage-heading', cls: 'details-title', part: 'details-title' })}
      <p class="kind" part="card-kind">${v.t(CATEGORY_TEXT[stage.category])}</p>
      <p class="description" part="description" lang=${description.lang}>${description.text}</p>
      ${renderPlace(v, stage)}
      ${heading(level + 1, v.t('sessions'), { cls: 'subheading', part: 'subheading' })}
      <ul class="sessions" part="sessions">${stage.sessions.map((session) => renderSession(v, session))}</ul>
      ${renderEnrol(v, {
        headingLevel: level + 1,
        sessions: stage.sessions,
        parent: this.parent,
        busy: this.busy,
        problems: this.problems,
        chosen: this.chosen,
        onChildChange: this.onChildChange,
        questions: stage.questionsForm ? this.questionsSlot() : undefined,
        error: this.enrolError,
        answer: this.answer,
        signIn: this.signInTarget(),
        onSubmit: this.onEnrol,
      })}
    </article>`;
  }

  private questionsSlot(): QuestionsSlot {
    const children = this.parent.kind === 'signed-in' ? this.parent.children : [];
    const chosen = children
      .filter((child) => this.chosen.includes(child.id))
      .map((child) => ({ id: child.id, name: `${child.firstName} ${child.lastName}` }));
    return {
      status: this.questions.status,
      fields: (childId) => this.questions.fields(childId),
      problems: this.questions.problems(chosen, (name, error) => this.t('childError', { name, error })),
      onRetry: () => this.questions.retry(),
    };
  }

  /** The form kit's field styles, with the engine's chunk: after the element's base, before its own. */
  private adoptFieldStyles(kit: FormKit): void {
    const root = this.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    const sheets = [baseStyles, kit.fieldStyles, stagesStyles].flatMap((style) =>
      style.styleSheet ? [style.styleSheet] : [],
    );
    if (sheets.length === 3) root.adoptedStyleSheets = sheets;
  }

  private countText(count: number): string {
    return count === 1 ? this.t('resultOne') : this.t('resultCount', { count: String(count) });
  }

  private selectedStage(): Stage | undefined {
    const key = this.urlState.value;
    if (key === null || this.load.status !== 'ready') return undefined;
    return this.load.catalogue.stages.find((stage) => stage.key === key);
  }

  private async start(): Promise<void> {
    this.load = { status: 'loading' };
    const slug = this.tenant.trim();
    const [tenant, catalogue] = await Promise.all([
      fetchTenant(createApiClient(this.apiBase), slug),
      this.stagesApi(slug, 'en').catalogue(),
    ]);
    if (!tenant.ok) {
      this.load = { status: 'error', error: tenant.error };
      return;
    }
    if (!catalogue.ok) {
      this.load = { status: 'error', error: loadError(catalogue.error) };
      return;
    }
    this.load = { status: 'ready', tenant: tenant.tenant, catalogue: catalogue.value };
    this.seats.markFresh();
    await this.readParent();
  }

  private readonly retry = (): void => {
    this.loadedKey = undefined;
    this.focusSelector = '#heading';
    this.requestUpdate();
  };

  /** The signed-in parent and their children, from the session `<communa-account>` keeps. */
  private async readParent(): Promise<void> {
    const slug = this.tenant.trim();
    const store = sessionStore(this.apiBase, slug);
    const token = store.read();
    if (!token) {
      this.parent = { kind: 'signed-out' };
      return;
    }
    const household = await new AccountApi(this.apiBase, slug, token, this.ui).household();
    if (household.ok) {
      this.parent = household.value
        ? { kind: 'signed-in', children: household.value.children }
        : { kind: 'no-household' };
    } else if (household.error === 'unauthorized') {
      store.clear();
      this.parent = { kind: 'signed-out' };
    } else {
      this.parent = { kind: 'signed-out' };
    }
  }

  private readonly onSignInChange = (event: Event): void => {
    if (sessionEventTenant(event) !== this.tenant) return;
    this.answer = undefined;
    void this.readParent();
  };

  private readonly onVisibility = (): void => {
    this.seats.setPageVisible(document.visibilityState !== 'hidden');
  };

  /** New seat counts: the stage shown alone, or the whole catalogue. */
  private async refreshSeats(): Promise<void> {
    if (this.load.status !== 'ready') return;
    const api = this.stagesApi(this.tenant.trim(), this.ui);
    const shown = this.selectedStage();
    if (shown) {
      const result = await api.stage(shown.key);
      if (result.ok && this.load.status === 'ready') {
        const catalogue = this.load.catalogue;
        const stages = catalogue.stages.map((stage) =>
          stage.key === result.value.key ? result.value : stage,
        );
        this.load = { ...this.load, catalogue: { ...catalogue, stages } };
      }
      return;
    }
    const result = await api.catalogue();
    if (result.ok && this.load.status === 'ready') this.load = { ...this.load, catalogue: result.value };
  }

  private readonly onFilterChange = (event: Event): void => {
    const select = event.currentTarget as HTMLSelectElement;
    this.filters = { ...this.filters, [select.name]: select.value };
    this.announceCount();
  };

  private readonly resetFilters = (): void => {
    this.filters = NO_FILTERS;
    this.announceCount();
    this.focusSelector = '#filter-week';
  };

  private announceCount(): void {
    if (this.load.status !== 'ready') return;
    const children = this.parent.kind === 'signed-in' ? this.parent.children : [];
    this.announce(this.countText(filterStages(this.load.catalogue.stages, this.filters, children).length));
  }

  private stageHref(key: string): string {
    return withUrlParam(window.location.href, urlParamName(this.urlParam, DEFAULT_STAGE_PARAM), key);
  }

  private readonly onOpenStage = (event: MouseEvent): void => {
    // A click with a modifier opens the link in a new tab, as any link.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    const key = (event.currentTarget as HTMLElement).dataset.stage;
    if (key) this.urlState.push(key);
  };

  private readonly closeStage = (): void => {
    this.urlState.clear();
  };

  /** Focus follows the visitor's action (or back/forward while they are in the widget); else it is announced. */
  private handleUrlChange(value: string | null, previous: string | null, cause: UrlStateCause): void {
    this.answer = undefined;
    this.problems = [];
    this.chosen = [];
    this.questions.clearErrors();
    this.enrolError = undefined;
    if (cause === 'initial' || this.load.status !== 'ready') return;
    const moveFocus = cause === 'push' || this.matches(':focus-within');
    const stage = value === null ? undefined : this.load.catalogue.stages.find((s) => s.key === value);
    if (stage) {
      this.focusSelector = moveFocus ? '#stage-heading' : undefined;
      this.announce(this.t('announceStage', { stage: this.viewText().content(stage.title).text }));
    } else {
      this.focusSelector =
        moveFocus && previous !== null ? `[data-stage="${CSS.escape(previous)}"]` : undefined;
      this.announce(this.t('announceList'));
    }
  }

  private signInTarget(): { href: string } | { onClick: () => void } | undefined {
    if (this.accountHref.trim()) return { href: this.accountHref.trim() };
    const account = Array.from(document.querySelectorAll('communa-account')).find(
      (element) => element.getAttribute('tenant') === this.tenant,
    );
    return account ? { onClick: () => account.focusSignIn?.() } : undefined;
  }

  private readonly onEnrol = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.busy || this.parent.kind !== 'signed-in') return;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const sessionIds = data.getAll('session').map(String);
    const childIds = data.getAll('child').map(String);
    const problems: FormProblem[] = [];
    if (sessionIds.length === 0) problems.push('session');
    if (childIds.length === 0) problems.push('children');
    this.problems = problems;
    this.enrolError = undefined;
    this.questions.clearErrors();
    const asks = this.selectedStage()?.questionsForm;
    if (asks && childIds.length > 0 && this.questions.status !== 'ready') {
      this.enrolError = 'errorQuestions';
      this.focusSelector = '#enrol-error';
      return;
    }
    // The answers are checked as the API will, so every mistake shows at once, before sending.
    const answers = asks && childIds.length > 0 ? this.questions.check(childIds) : undefined;
    if (problems.length > 0 || (asks && !answers)) {
      this.focusSelector = '#enrol-summary';
      return;
    }
    const store = sessionStore(this.apiBase, this.tenant.trim());
    const token = store.read();
    if (!token) {
      this.parent = { kind: 'signed-out' };
      return;
    }
    this.busy = true;
    this.answer = undefined;
    this.announce(this.t('enrolling'));
    const answer = await this.sendRequests(
      token,
      sessionIds,
      childIds,
      data.get('allOrNone') !== null,
      answers,
    );
    this.busy = false;
    if (answer.length > 0) {
      this.answer = answer;
      const v = this.viewText();
      this.announce(
        answer.flatMap((group) => [group.session ?? '', ...group.messages.map((m) => say(v, m))]).join(' '),
      );
      this.focusSelector = '#answer-heading';
      if (!this.enrolError && !this.answersRefused) {
        form.reset();
        this.chosen = [];
        this.questions.reset();
      }
    }
    if (this.answersRefused) this.focusSelector = '#enrol-summary';
    // The seats just taken show without waiting for the next refresh (the answer may be up to 1 s old).
    await this.refreshSeats();
    this.seats.markFresh();
  };

  /**
   * One request per session, in order, each with its own Idempotency-Key. The answers so far are
   * kept when one gets no answer or an error: that one is said, the rest are not sent.
   */
  private async sendRequests(
    token: string,
    sessionIds: readonly string[],
    childIds: string[],
    allOrNone: boolean,
    answers: ReadonlyMap<string, Record<string, unknown>> | undefined,
  ): Promise<AnswerGroup[]> {
    if (this.parent.kind !== 'signed-in') return [];
    const children = this.parent.children;
    const nameOf = (id: string) => children.find((child) => child.id === id)?.firstName ?? '';
    const sessions = this.selectedStage()?.sessions ?? [];
    const v = this.viewText();
    const api = this.stagesApi(this.tenant.trim(), this.ui);
    const answer: AnswerGroup[] = [];
    for (const sessionId of sessionIds) {
      // Answers changed after a refusal make another body, so another key: the API never sees one
      // key for two different requests.
      const body = enrolmentRequest(sessionId, childIds, allOrNone, answers);
      const outcome = await api.enrol(token, body, this.keeper.keyFor(body));
      // No answer: the same request sent again carries the same key, so it counts once.
      if (outcome.kind !== 'error' || outcome.error !== 'network') this.keeper.answered(body);
      if (outcome.kind === 'error') {
        if (outcome.error === 'unauthorized') sessionStore(this.apiBase, this.tenant.trim()).clear();
        this.showError(outcome.error);
        break;
      }
      if (outcome.kind === 'invalid-answers') {
        if (this.questions.refused(outcome.errors, childIds)) this.announce(this.t('errorAnswers'));
        else this.showError('invalid');
        break;
      }
      const session = sessions.find((candidate) => candidate.id === sessionId);
      const messages =
        outcome.kind === 'draw-pending'
          ? session
            ? [drawMessage(session)]
            : []
          : [
              ...(outcome.drawAt ? [drawAtMessage(outcome.drawAt)] : []),
              ...outcome.results.map((result) => resultMessage(result, nameOf(result.childId))),
            ];
      answer.push({
        session: sessionIds.length > 1 && session ? v.format.days(session.days) : undefined,
        messages,
      });
      if (outcome.kind === 'results') {
        const detail: EnrolDetail = {
          tenant: this.tenant,
          sessionId,
          results: outcome.results.map(({ childId, status }) => ({ childId, status })),
        };
        this.dispatchEvent(new CustomEvent(ENROL_EVENT, { detail, bubbles: true, composed: true }));
      }
    }
    return answer;
  }

  /** Whether the API refused the answers of the last request, now shown at their fields. */
  private get answersRefused(): boolean {
    return this.questionsSlot().problems.length > 0;
  }

  private readonly onChildChange = (event: Event): void => {
    const form = (event.currentTarget as HTMLInputElement).form;
    this.chosen = form ? new FormData(form).getAll('child').map(String) : [];
  };

  private showError(error: StagesError): void {
    this.enrolError = ERROR_TEXT[error];
    if (error === 'unauthorized') this.parent = { kind: 'signed-out' };
    this.focusSelector = error === 'unauthorized' ? '#enrol-heading' : '#enrol-error';
    this.announce(this.t(this.enrolError));
  }

  private announce(text: string): void {
    // The same message twice must change the live region, or it is not read again.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  private viewText(): ViewText {
    const tenant = this.load.status === 'ready' ? this.load.tenant : undefined;
    const l = createLocalizer(this.ui, tenant?.languages);
    return { t: (key, params) => this.t(key, params), content: l.content, format: stageFormat(this.ui) };
  }

  private stagesApi(slug: string, lang: string): StagesApi {
    return new StagesApi(this.apiBase, slug, lang);
  }

  private get apiBase(): string {
    return resolveApiBase(this.api, bundleUrl, document.baseURI);
  }

  private get ui(): Language {
    const tenant = this.load.status === 'ready' ? this.load.tenant : undefined;
    return resolveUiLanguage(contextLang(this), tenant?.languages.default);
  }

  /** The language of the commune's texts: the interface's when the commune writes in it. */
  private get contentLang(): Language {
    return this.load.status === 'ready'
      ? resolveContentLanguage(this.ui, this.load.tenant.languages)
      : this.ui;
  }

  private t(key: StagesMessageKey, params?: Readonly<Record<string, string>>): string {
    return stagesText(this.ui, key, params);
  }
}

function loadError(error: StagesError): TenantError {
  if (error === 'not-found' || error === 'forbidden' || error === 'network') return error;
  return 'server';
}

defineElement('communa-stages', CommunaStages);

declare global {
  interface HTMLElementTagNameMap {
    'communa-stages': CommunaStages;
  }
  interface HTMLElementEventMap {
    'communa-enrol': CustomEvent<EnrolDetail>;
  }
}
