import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Commune, StaffCalendarEvent } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { formStyles } from '../forms/form-styles.ts';
import { formatDateTime, formatDay, formatList } from '../i18n/format.ts';
import { AdminView } from '../ui/admin-view.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import {
  brusselsDayOf,
  type CalendarView,
  eventsByDay,
  periodRange,
  periodWeeks,
  shiftPeriod,
} from './calendar-grid.ts';
import { type ConfigNames, configNames, STATUS_LABELS } from './event-labels.ts';
import { eventStyles } from './event-styles.ts';
import { type EventConfig, readCalendar } from './events-api.ts';

/** Sent (with the request's id) when a request is chosen in the calendar. */
export const OPEN_REQUEST_EVENT = 'admin-event-request-open';

const VIEWS = ['month', 'week', 'list'] as const satisfies readonly CalendarView[];

const flagged = (event: StaffCalendarEvent) => event.clashes.length > 0 || event.overAllocated.length > 0;

/**
 * The requested and approved events of a month or a week, as a grid of days or as a list of the
 * days that have events, with clashes on a place and equipment asked beyond the stock flagged in
 * words. Every event is a link to its request.
 */
export class AdminEventCalendar extends AdminView {
  static override styles = [sharedStyles, formStyles, eventStyles];
  static override properties = {
    commune: { attribute: false },
    config: { attribute: false },
    active: { type: Boolean },
    view: { state: true },
    anchor: { state: true },
    events: { state: true },
  } satisfies PropertyDeclarations;

  commune: Commune | undefined;
  config: EventConfig | undefined;
  /** Whether it is shown: it reads its period only then. */
  active = false;
  private view: CalendarView = 'month';
  private anchor = brusselsDayOf(new Date());
  private events: StaffCalendarEvent[] | undefined;
  private loaded: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('commune')) {
      this.loaded = undefined;
      this.events = undefined;
    }
    // Period changes read their own period; this is for the first showing and a new commune.
    const shown = changed.has('commune') || changed.has('active');
    if (shown && this.active && this.commune && this.loaded !== this.periodKey()) void this.reload();
  }

  private get shown(): number {
    return this.events?.length ?? 0;
  }

  private periodKey(): string {
    return `${this.commune?.slug ?? ''} ${this.view} ${this.anchor}`;
  }

  /** Reads the period shown again (requests may have moved on meanwhile). */
  async reload(): Promise<void> {
    const slug = this.commune?.slug;
    if (!slug) return;
    const key = this.periodKey();
    this.loaded = key;
    const { from, to } = periodRange(this.view, this.anchor);
    const result = await readCalendar(slug, from, to);
    if (this.loaded !== key) return;
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.clearErrors();
    this.events = result.data.events;
    await this.updateComplete;
  }

  /** Puts focus on a request's first link in the period, or the period's heading. */
  async focusRequest(requestId: string): Promise<void> {
    await this.updateComplete;
    const link = this.renderRoot.querySelector<HTMLElement>(`a[data-request="${CSS.escape(requestId)}"]`);
    (link ?? this.renderRoot.querySelector<HTMLElement>('#period-title'))?.focus();
  }

  private periodTitle(): string {
    if (this.view === 'week') {
      const { from, to } = periodRange('week', this.anchor);
      return this.t('calendarWeekOf', { from: formatDay(this.ui, from), to: formatDay(this.ui, to) });
    }
    return new Intl.DateTimeFormat(this.ui, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${this.anchor.slice(0, 7)}-01T12:00:00Z`),
    );
  }

  protected override render(): TemplateResult {
    const names = configNames(this.config, this.ui);
    return html`<section aria-labelledby="period-title">
      ${this.renderErrorSummary()}
      <div class="row">
        <div class="field">
          <label for="calendar-view">${this.t('calendarShowAs')}</label>
          <select id="calendar-view" @change=${this.changeView}>
            ${VIEWS.map(
              (view) =>
                html`<option value=${view} ?selected=${this.view === view}>${this.t(
                  view === 'month' ? 'calendarMonth' : view === 'week' ? 'calendarWeek' : 'calendarList',
                )}</option>`,
            )}
          </select>
        </div>
        <div class="field switch" role="group" aria-label=${this.t('calendarPeriod')}>
          <button type="button" class="button secondary small" id="previous-period" @click=${() => this.move(-1)}>
            ${this.t(this.view === 'week' ? 'calendarPreviousWeek' : 'calendarPreviousMonth')}
          </button>
          <button type="button" class="button secondary small" id="this-period" @click=${this.today}>
            ${this.t('calendarToday')}
          </button>
          <button type="button" class="button secondary small" id="next-period" @click=${() => this.move(1)}>
            ${this.t(this.view === 'week' ? 'calendarNextWeek' : 'calendarNextMonth')}
          </button>
        </div>
      </div>
      <h2 id="period-title" tabindex="-1">${this.periodTitle()}</h2>
      ${this.events ? this.renderPeriod(this.events, names) : this.renderLoading()}
    </section>`;
  }

  private renderPeriod(events: StaffCalendarEvent[], names: ConfigNames): TemplateResult {
    const toCheck = events.filter(flagged);
    return html`<section aria-labelledby="flags-title" class="panel" id="flags">
        <h3 id="flags-title">${this.t('calendarFlagsTitle')}</h3>
        ${
          toCheck.length === 0
            ? html`<p>${this.t('calendarNoFlags')}</p>`
            : html`<ul>
              ${toCheck.map((event) => html`<li data-flagged=${event.id}>${this.renderLink(event)} ${this.renderFlagText(event, names)}</li>`)}
            </ul>`
        }
      </section>
      ${
        events.length === 0
          ? html`<p id="no-events">${this.t('calendarNoEvents')}</p>`
          : this.view === 'list'
            ? this.renderList(events, names)
            : this.renderGrid(events)
      }`;
  }

  private renderGrid(events: StaffCalendarEvent[]): TemplateResult {
    const weeks = periodWeeks(this.view, this.anchor);
    const byDay = eventsByDay(events, weeks.flat());
    const month = this.anchor.slice(0, 7);
    const weekday = new Intl.DateTimeFormat(this.ui, { weekday: 'long', timeZone: 'UTC' });
    return html`<div class="table-wrap">
      <table class="calendar" id="calendar-grid">
        <caption>${this.periodTitle()}</caption>
        <thead>
          <tr>
            ${(weeks[0] ?? []).map((day) => html`<th scope="col">${weekday.format(new Date(`${day}T12:00:00Z`))}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (week) => html`<tr>
              ${week.map((day) => {
                const onDay = byDay.get(day) ?? [];
                const outside = this.view === 'month' && !day.startsWith(month);
                return html`<td data-day=${day} class=${outside ? 'outside' : ''}>
                  <span class="day-number" aria-hidden="true">${Number(day.slice(8))}</span>
                  <span class="visually-hidden">${formatDay(this.ui, day)}</span>
                  ${
                    onDay.length > 0
                      ? html`<ul>
                        ${onDay.map((event) => html`<li>${this.renderLink(event)} ${this.renderFlags(event)}</li>`)}
                      </ul>`
                      : nothing
                  }
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderList(events: StaffCalendarEvent[], names: ConfigNames): TemplateResult {
    const days = [...eventsByDay(events, periodWeeks('month', this.anchor).flat())].filter(
      ([day, onDay]) => day.startsWith(this.anchor.slice(0, 7)) && onDay.length > 0,
    );
    return html`<ol class="plain day-list" id="day-list">
      ${days.map(
        ([day, onDay]) => html`<li data-day=${day}>
          <h3>${formatDay(this.ui, day)}</h3>
          <ul>
            ${onDay.map(
              (event) => html`<li>
                ${this.renderLink(event)} ·
                ${this.t('dayRange', {
                  from: formatDateTime(this.ui, event.startsAt),
                  to: formatDateTime(this.ui, event.endsAt),
                })}
                · ${event.place === null ? this.t('eventAddressPlace') : names.place(event.place)} ·
                ${this.t(STATUS_LABELS[event.status])} ${this.renderFlags(event)}
                ${flagged(event) ? this.renderFlagText(event, names) : nothing}
              </li>`,
            )}
          </ul>
        </li>`,
      )}
    </ol>`;
  }

  private renderLink(event: StaffCalendarEvent): TemplateResult {
    return html`<a href="#" data-request=${event.id} @click=${(click: Event) => this.open(click, event.id)}>
      ${event.title} (${event.reference})</a>`;
  }

  private renderFlags(event: StaffCalendarEvent): TemplateResult | typeof nothing {
    return html`${event.clashes.length > 0 ? html`<span class="flag" data-flag="clash">${this.t('calendarClash')}</span>` : nothing}
    ${event.overAllocated.length > 0 ? html`<span class="flag" data-flag="equipment">${this.t('calendarEquipmentShort')}</span>` : nothing}`;
  }

  private renderFlagText(event: StaffCalendarEvent, names: ConfigNames): TemplateResult {
    return html`<ul>
      ${
        event.clashes.length > 0
          ? html`<li>${this.t('calendarClashWith', {
              place: event.place === null ? '' : names.place(event.place),
              others: formatList(
                this.ui,
                event.clashes.map((other) => `${other.title} (${other.reference})`),
              ),
            })}</li>`
          : nothing
      }
      ${event.overAllocated.map(
        (line) =>
          html`<li>${this.t('calendarOverAllocated', {
            equipment: names.equipment(line.key),
            requested: String(line.requested),
            available: String(line.available),
          })}</li>`,
      )}
    </ul>`;
  }

  private open(event: Event, requestId: string): void {
    event.preventDefault();
    this.dispatchEvent(
      new CustomEvent(OPEN_REQUEST_EVENT, { detail: requestId, bubbles: true, composed: true }),
    );
  }

  private async periodChanged(): Promise<void> {
    this.events = undefined;
    await this.reload();
    this.announce(this.t('calendarShown', { period: this.periodTitle(), count: String(this.shown) }));
  }

  private readonly changeView = async (event: Event): Promise<void> => {
    const value = event.target instanceof HTMLSelectElement ? event.target.value : '';
    const view = VIEWS.find((candidate) => candidate === value);
    if (!view) return;
    this.view = view;
    await this.periodChanged();
  };

  private async move(direction: 1 | -1): Promise<void> {
    this.anchor = shiftPeriod(this.view, this.anchor, direction);
    await this.periodChanged();
  }

  private readonly today = async (): Promise<void> => {
    this.anchor = brusselsDayOf(new Date());
    await this.periodChanged();
  };
}

customElements.define('admin-event-calendar', AdminEventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'admin-event-calendar': AdminEventCalendar;
  }
}
