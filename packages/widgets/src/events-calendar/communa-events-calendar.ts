import { html, LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { bundleUrl, resolveApiBase } from '../core/api-base.ts';
import { createApiClient } from '../core/api-client.ts';
import { baseStyles } from '../core/base-styles.ts';
import { contextLang } from '../core/context-lang.ts';
import { defineElement } from '../core/define-element.ts';
import { fetchTenant, type TenantError } from '../core/fetch-tenant.ts';
import { clampHeadingLevel } from '../core/heading-level.ts';
import { LangObserverController } from '../core/lang-observer-controller.ts';
import { createLocalizer } from '../core/localizer.ts';
import { resolveUiLanguage } from '../core/resolve-language.ts';
import { sandboxBanner } from '../core/sandbox-banner.ts';
import type { Language, PublicTenant } from '../core/tenant-types.ts';
import { TenantThemeController } from '../core/theme.ts';
import {
  type CalendarQuery,
  calendarQuery,
  type EventFilters,
  type FilterProblem,
  icsFeedUrl,
  NO_EVENT_FILTERS,
} from './calendar-query.ts';
import { eventsCalendarStyles } from './communa-events-calendar-styles.ts';
import { groupByDay } from './event-days.ts';
import { eventFormat } from './event-format.ts';
import { heading, PROBLEM_TEXT, renderDays, renderFilters, type ViewText } from './event-views.ts';
import { type EventCalendar, EventsApi, type EventsError, type EventType } from './events-api.ts';
import { type EventsMessageKey, eventsText } from './events-messages.ts';

export const EVENTS_FILTER_EVENT = 'communa-events-filter';

export interface EventsFilterDetail {
  tenant: string;
  query: CalendarQuery;
  count: number;
}

type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; tenant: PublicTenant; types: EventType[]; calendar: EventCalendar }
  | { status: 'error'; error: TenantError };

const LOAD_ERRORS: Readonly<Record<TenantError, EventsMessageKey>> = {
  'not-found': 'errorNotFound',
  forbidden: 'errorForbidden',
  network: 'errorNetwork',
  server: 'errorServer',
};

/**
 * A commune's open calendar: the upcoming approved public events, listed by day with their kind,
 * dates and times (Brussels time) and place, filtered by kind and by days, with the commune's ICS
 * feed for the same choice. The number of events shown is announced after each filtering.
 *
 * @element communa-events-calendar
 *
 * @attr tenant - The commune's slug, for example `liege`.
 * @attr api - Origin of the Communa API; by default the origin the widget was loaded from.
 * @attr lang - Interface language (fr, nl, de, en); by default the page's, else the commune's.
 * @attr heading-level - Level of the element's heading, 1–6 (default 2); days use the next one,
 *   events the one after.
 *
 * @fires communa-events-filter - The filters were applied and answered (`detail: { tenant, query, count }`).
 *
 * @csspart root - The element's inner box; carries the theme.
 * @csspart heading - The element's heading.
 * @csspart sandbox-banner - Notice shown when the commune is a test space.
 * @csspart filters - The filter form.
 * @csspart filter - A filter's select or day field.
 * @csspart field-error - What is wrong with a day typed.
 * @csspart apply-button - The button applying the filters.
 * @csspart reset-button - The button clearing the filters.
 * @csspart count - How many events are shown, and for which days.
 * @csspart feed - The link to the ICS feed and its explanation.
 * @csspart feed-link - The link to the ICS feed ("add to my calendar").
 * @csspart days - The list of days.
 * @csspart day - One day and its events.
 * @csspart day-heading - A day's heading.
 * @csspart events - A day's list of events.
 * @csspart event - One event.
 * @csspart event-title - An event's title.
 * @csspart event-type - An event's kind.
 * @csspart event-when - An event's dates and times.
 * @csspart event-place - An event's place or address.
 * @csspart empty - Message shown when no event is published for the days chosen.
 * @csspart status - Loading message.
 * @csspart error - Error message box.
 * @csspart retry-button - The error box's retry button.
 *
 * @cssprop --communa-color-primary - Buttons, links and accents (default: the commune's theme).
 * @cssprop --communa-color-on-primary - Text on primary-coloured buttons.
 * @cssprop --communa-color-accent - Focus ring and test-space banner.
 * @cssprop --communa-color-surface - Background of events and panels.
 * @cssprop --communa-color-text - Text colour.
 * @cssprop --communa-radius - Corner radius of events and buttons.
 * @cssprop --communa-font - Font family (default `inherit`: the host page's font).
 */
export class CommunaEventsCalendar extends LitElement {
  static override styles = [baseStyles, eventsCalendarStyles];

  static override properties = {
    tenant: {},
    api: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    load: { state: true },
    filters: { state: true },
    applied: { state: true },
    problems: { state: true },
    busy: { state: true },
    announcement: { state: true },
  } satisfies PropertyDeclarations;

  tenant = '';
  api = '';
  headingLevel = 2;

  private load: LoadState = { status: 'loading' };
  private filters: EventFilters = NO_EVENT_FILTERS;
  private applied: CalendarQuery = {};
  private problems: FilterProblem[] = [];
  private busy = false;
  private announcement = '';

  private loadedKey: string | undefined;
  private focusSelector: string | undefined;
  private readonly theme = new TenantThemeController(this, () =>
    this.load.status === 'ready' ? this.load.tenant.theme : undefined,
  );
  /** Only the answer to the latest filtering is shown, whatever order answers come in. */
  private requestCount = 0;

  constructor() {
    super();
    new LangObserverController(this);
  }

  protected override willUpdate(): void {
    const key = `${this.apiBase} ${this.tenant}`;
    if (key !== this.loadedKey) {
      this.loadedKey = key;
      void this.start();
    }
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
    return html`<section class="root" part="root" lang=${this.ui} aria-labelledby="heading" aria-busy=${this.load.status === 'loading' || this.busy}>
      ${heading(level, name ? `${v.t('title')} — ${name.text}` : v.t('title'), { id: 'heading', cls: 'heading', part: 'heading' })}
      ${sandboxBanner(this.ui, tenant?.sandbox)}
      ${this.renderState(v, level + 1)}
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
      case 'ready':
        return this.renderCalendar(v, this.load, level);
    }
  }

  private renderCalendar(
    v: ViewText,
    load: Extract<LoadState, { status: 'ready' }>,
    level: number,
  ): TemplateResult {
    const { calendar } = load;
    const days = groupByDay(calendar.events, calendar.from);
    return html`${renderFilters(v, {
      types: load.types.filter((type) => type.publicCalendar),
      filters: this.filters,
      problems: this.problems,
      onSubmit: this.onFilter,
      onReset: this.resetFilters,
    })}
      <p class="count" part="count">${this.countText(calendar.events.length)}
        <span class="period">— ${v.t('period', { from: v.format.day(calendar.from), to: v.format.day(calendar.to) })}</span></p>
      <div class="feed" part="feed">
        <a class="button secondary" part="feed-link" href=${icsFeedUrl(this.apiBase, this.tenant.trim(), this.applied, this.ui)}
          aria-describedby="feed-hint">${v.t('addToCalendar')}</a>
        <p id="feed-hint" class="feed-hint">${v.t('addToCalendarHint')}</p>
      </div>
      ${
        days.length === 0
          ? html`<p class="empty" part="empty">${v.t('noEvents')}</p>`
          : renderDays(v, days, level)
      }`;
  }

  private countText(count: number): string {
    if (count === 0) return this.t('resultNone');
    return count === 1 ? this.t('resultOne') : this.t('resultCount', { count: String(count) });
  }

  private async start(): Promise<void> {
    this.load = { status: 'loading' };
    this.filters = NO_EVENT_FILTERS;
    this.applied = {};
    this.problems = [];
    const slug = this.tenant.trim();
    const api = new EventsApi(this.apiBase, slug);
    const [tenant, types, calendar] = await Promise.all([
      fetchTenant(createApiClient(this.apiBase), slug),
      api.types(),
      api.calendar({}),
    ]);
    if (!tenant.ok) {
      this.load = { status: 'error', error: tenant.error };
      return;
    }
    if (!types.ok) {
      this.load = { status: 'error', error: loadError(types.error) };
      return;
    }
    if (!calendar.ok) {
      this.load = { status: 'error', error: loadError(calendar.error) };
      return;
    }
    this.load = { status: 'ready', tenant: tenant.tenant, types: types.value, calendar: calendar.value };
  }

  private readonly retry = (): void => {
    this.loadedKey = undefined;
    this.focusSelector = '#heading';
    this.requestUpdate();
  };

  private readonly onFilter = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    this.filters = {
      type: String(data.get('type') ?? ''),
      from: String(data.get('from') ?? ''),
      to: String(data.get('to') ?? ''),
    };
    const result = calendarQuery(this.filters);
    if (!result.ok) {
      this.problems = result.problems;
      this.focusSelector = result.problems.includes('from-invalid') ? '#filter-from' : '#filter-to';
      this.announce(result.problems.map((problem) => this.t(PROBLEM_TEXT[problem])).join(' '));
      return;
    }
    this.problems = [];
    await this.show(result.query);
  };

  private readonly resetFilters = async (): Promise<void> => {
    this.filters = NO_EVENT_FILTERS;
    this.problems = [];
    this.focusSelector = '#filter-type';
    await this.show({});
  };

  /** Reads the calendar for `query`, shows it and says how many events it holds. */
  private async show(query: CalendarQuery): Promise<void> {
    const request = ++this.requestCount;
    this.busy = true;
    const calendar = await new EventsApi(this.apiBase, this.tenant.trim()).calendar(query);
    if (request !== this.requestCount) return;
    this.busy = false;
    if (this.load.status !== 'ready') return;
    if (!calendar.ok) {
      if (calendar.error === 'invalid') {
        // The API refuses a range over a year, counted from today when only the last day is given.
        this.problems = ['range-too-long'];
        this.focusSelector = '#filter-to';
        this.announce(this.t('rangeTooLong'));
      } else {
        this.announce(this.t(LOAD_ERRORS[loadError(calendar.error)]));
      }
      return;
    }
    this.applied = query;
    this.load = { ...this.load, calendar: calendar.value };
    const count = calendar.value.events.length;
    this.announce(this.countText(count));
    const detail: EventsFilterDetail = { tenant: this.tenant, query, count };
    this.dispatchEvent(new CustomEvent(EVENTS_FILTER_EVENT, { detail, bubbles: true, composed: true }));
  }

  private announce(text: string): void {
    // The same message twice must change the live region, or it is not read again.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  private viewText(): ViewText {
    const tenant = this.load.status === 'ready' ? this.load.tenant : undefined;
    const l = createLocalizer(this.ui, tenant?.languages);
    return { t: (key, params) => this.t(key, params), content: l.content, format: eventFormat(this.ui) };
  }

  private get apiBase(): string {
    return resolveApiBase(this.api, bundleUrl, document.baseURI);
  }

  private get ui(): Language {
    const tenant = this.load.status === 'ready' ? this.load.tenant : undefined;
    return resolveUiLanguage(contextLang(this), tenant?.languages.default);
  }

  private t(key: EventsMessageKey, params?: Readonly<Record<string, string>>): string {
    return eventsText(this.ui, key, params);
  }
}

function loadError(error: EventsError): TenantError {
  return error === 'invalid' ? 'server' : error;
}

defineElement('communa-events-calendar', CommunaEventsCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'communa-events-calendar': CommunaEventsCalendar;
  }
  interface HTMLElementEventMap {
    'communa-events-filter': CustomEvent<EventsFilterDetail>;
  }
}
