import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ApiResult } from '../api/api-result.ts';
import type { StaffEventRequestSummary, StaffEventRequests } from '../api/api-types.ts';
import { formStyles } from '../forms/form-styles.ts';
import { formatDateTime } from '../i18n/format.ts';
import { AdminListView } from '../ui/admin-list-view.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import './admin-event-calendar.ts';
import { OPEN_REQUEST_EVENT } from './admin-event-calendar.ts';
import './admin-event-request.ts';
import './admin-event-types.ts';
import { REQUEST_BACK_EVENT } from './admin-event-request.ts';
import { configNames, isStaffStatus, STAFF_STATUSES, STATUS_LABELS } from './event-labels.ts';
import { eventStyles } from './event-styles.ts';
import { type EventView, eventViews } from './event-views.ts';
import { type EventConfig, listRequests, type RequestFilter, readEventConfig } from './events-api.ts';

type Tab = EventView;

const TAB_LABELS = {
  requests: 'eventViewRequests',
  calendar: 'eventViewCalendar',
  configuration: 'eventViewConfiguration',
} as const;

/**
 * The commune's event requests: counts per status, a filtered list and a calendar of the requested
 * and approved events; a request opened from either shows its page in place, and "back" returns
 * to where it was opened, read again.
 */
export class AdminEventRequests extends AdminListView<StaffEventRequestSummary> {
  static override styles = [sharedStyles, formStyles, eventStyles];
  static override properties: PropertyDeclarations = {
    ...AdminListView.properties,
    tab: { state: true },
    counts: { state: true },
    config: { state: true },
  };

  protected readonly pageTag = 'admin-event-request';
  private tab: Tab = 'requests';
  private counts: StaffEventRequests['counts'] = {};
  private config: EventConfig | undefined;
  private filter: RequestFilter = {};

  constructor() {
    super(REQUEST_BACK_EVENT);
    this.addEventListener(OPEN_REQUEST_EVENT, (event) => {
      if (event instanceof CustomEvent && typeof event.detail === 'string')
        void this.show(event, event.detail);
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('commune')) {
      this.config = undefined;
      this.filter = {};
      if (!this.tabs.includes(this.tab)) this.tab = 'requests';
    }
    super.willUpdate(changed);
  }

  protected async fetchItems(slug: string): Promise<ApiResult<StaffEventRequestSummary[]>> {
    if (!this.config) {
      const config = await readEventConfig(slug);
      if (config.ok) this.config = config.data;
    }
    const result = await listRequests(slug, this.filter);
    if (!result.ok) return result;
    this.counts = result.data.counts;
    return { ok: true, data: result.data.requests };
  }

  protected override async focusItem(key: string): Promise<void> {
    if (this.tab === 'calendar') {
      const calendar = this.renderRoot.querySelector('admin-event-calendar');
      await calendar?.reload();
      return calendar?.focusRequest(key);
    }
    return super.focusItem(key);
  }

  // The calendar stays in place while a request is open, so its period and view are kept.
  protected override render(): TemplateResult {
    return html`${
      this.open
        ? html`<admin-event-request .ui=${this.ui} .commune=${this.commune} .config=${this.config}
            .requestId=${this.open}></admin-event-request>`
        : this.renderScreen()
    }
      <admin-event-calendar ?hidden=${this.open !== undefined || this.tab !== 'calendar'} .ui=${this.ui}
        .commune=${this.commune} .config=${this.config} .active=${this.tab === 'calendar'}></admin-event-calendar>`;
  }

  private renderScreen(): TemplateResult {
    return html`<h1 tabindex="-1">${this.t('navEventRequests')}</h1>
      ${this.renderErrorSummary()}
      <p>${this.t('eventRequestsIntro')}</p>
      ${
        this.tabs.length > 1
          ? html`<div class="switch" role="group" aria-label=${this.t('eventViewChoice')}>
            ${this.tabs.map(
              (tab) => html`<button type="button" class="button small" id="tab-${tab}"
                aria-pressed=${this.tab === tab ? 'true' : 'false'} @click=${() => this.switchTo(tab)}>
                ${this.t(TAB_LABELS[tab])}
              </button>`,
            )}
          </div>`
          : nothing
      }
      ${this.tab === 'requests' ? this.renderRequests() : nothing}
      ${
        this.tab === 'configuration'
          ? html`<admin-event-types .ui=${this.ui} .commune=${this.commune}></admin-event-types>`
          : nothing
      }`;
  }

  private renderRequests(): TemplateResult {
    return html`<section aria-labelledby="counts-title" class="panel">
        <h2 id="counts-title">${this.t('eventCountsTitle')}</h2>
        <ul class="plain counts" id="counts">
          ${STAFF_STATUSES.map(
            (status) => html`<li data-status=${status}>
              ${this.t(STATUS_LABELS[status])}: <strong>${this.counts[status] ?? 0}</strong>
            </li>`,
          )}
        </ul>
      </section>
      ${this.renderFilter()} ${this.items ? this.renderTable(this.items) : this.renderLoading()}`;
  }

  private renderFilter(): TemplateResult {
    const names = configNames(this.config, this.ui);
    return html`<form id="request-filter" role="search" @submit=${this.search}>
      <div class="row">
        <div class="field">
          <label for="status">${this.t('formStatus')}</label>
          <select id="status" name="status">
            <option value="">${this.t('allStatuses')}</option>
            ${STAFF_STATUSES.map(
              (status) =>
                html`<option value=${status} ?selected=${this.filter.status === status}>${this.t(STATUS_LABELS[status])}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="type">${this.t('eventTypeLabel')}</label>
          <select id="type" name="type">
            <option value="">${this.t('allEventTypes')}</option>
            ${this.config?.types.map(
              (type) =>
                html`<option value=${type.key} ?selected=${this.filter.type === type.key}>${names.type(type.key)}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="place">${this.t('colPlace')}</label>
          <select id="place" name="place">
            <option value="">${this.t('allPlaces')}</option>
            ${this.config?.places.map(
              (place) =>
                html`<option value=${place.key} ?selected=${this.filter.place === place.key}>${place.name}</option>`,
            )}
          </select>
        </div>
      </div>
      <div class="row">
        <div class="field">
          <label for="from">${this.t('eventFilterFrom')}</label>
          <input type="date" id="from" name="from" .value=${this.filter.from ?? ''} />
        </div>
        <div class="field">
          <label for="to">${this.t('eventFilterTo')}</label>
          <input type="date" id="to" name="to" .value=${this.filter.to ?? ''} />
        </div>
        <div class="field">
          <label for="q">${this.t('searchEventRequests')}</label>
          <input type="search" id="q" name="q" maxlength="100" .value=${this.filter.q ?? ''} />
        </div>
        <div class="field">
          <button type="submit" class="button" id="search">${this.t('searchButton')}</button>
        </div>
      </div>
    </form>`;
  }

  private renderTable(requests: StaffEventRequestSummary[]): TemplateResult {
    if (requests.length === 0) return html`<p id="no-requests">${this.t('noEventRequests')}</p>`;
    const names = configNames(this.config, this.ui);
    return html`<div class="table-wrap">
      <table id="requests">
        <caption>${this.t('eventViewRequests')}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t('colReference')}</th>
            <th scope="col">${this.t('colEvent')}</th>
            <th scope="col">${this.t('eventTypeLabel')}</th>
            <th scope="col">${this.t('colEventDates')}</th>
            <th scope="col">${this.t('colPlace')}</th>
            <th scope="col">${this.t('formStatus')}</th>
            <th scope="col">${this.t('colRequester')}</th>
          </tr>
        </thead>
        <tbody>
          ${requests.map(
            (request) => html`<tr data-request=${request.id}>
              <th scope="row">
                <a href="#" id="open-${request.id}" @click=${(event: Event) => this.show(event, request.id)}>${request.reference}</a>
              </th>
              <td>${request.title}</td>
              <td>${names.type(request.type)}</td>
              <td>${this.t('dayRange', {
                from: formatDateTime(this.ui, request.startsAt),
                to: formatDateTime(this.ui, request.endsAt),
              })}</td>
              <td>${request.place === null ? this.t('eventAddressPlace') : names.place(request.place)}</td>
              <td>${this.t(STATUS_LABELS[request.status])}</td>
              <td>${request.requester?.name ?? this.t('requesterErased')}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private get tabs(): Tab[] {
    return eventViews(this.commune);
  }

  private get shown(): number {
    return this.items?.length ?? 0;
  }

  private async switchTo(tab: Tab): Promise<void> {
    // Types, places or equipment may have changed: the names the lists and calendar show are read again.
    const slug = this.commune?.slug;
    if (this.tab === 'configuration' && tab !== 'configuration' && slug) {
      this.config = undefined;
      void this.load(slug);
    }
    this.tab = tab;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }

  private readonly search = async (event: Event): Promise<void> => {
    event.preventDefault();
    const status = this.fieldValue('#status');
    const values = {
      type: this.fieldValue('#type'),
      place: this.fieldValue('#place'),
      from: this.fieldValue('#from'),
      to: this.fieldValue('#to'),
      q: this.fieldValue('#q').trim(),
    };
    this.filter = {
      ...(isStaffStatus(status) ? { status } : {}),
      ...Object.fromEntries(Object.entries(values).filter((entry) => entry[1] !== '')),
    };
    this.items = undefined;
    const slug = this.commune?.slug;
    if (slug) await this.load(slug);
    this.announce(this.t('eventRequestsFound', { count: String(this.shown) }));
  };
}

customElements.define('admin-event-requests', AdminEventRequests);

declare global {
  interface HTMLElementTagNameMap {
    'admin-event-requests': AdminEventRequests;
  }
}
