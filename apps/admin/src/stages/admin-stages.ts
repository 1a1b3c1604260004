import { html, type TemplateResult } from 'lit';
import type { ApiResult } from '../api/api-result.ts';
import type { StageSessionSummary } from '../api/api-types.ts';
import { formatDay, formatPercent } from '../i18n/format.ts';
import { AdminListView } from '../ui/admin-list-view.ts';
import './admin-stage-session.ts';
import { BACK_EVENT } from './admin-stage-session.ts';
import { sessionName } from './session-names.ts';
import { listSessions } from './stages-api.ts';

/**
 * The commune's stage sessions with their fill rate and waitlist (an animator sees the sessions
 * assigned to them); opening one shows its page in place, and "back" returns to the table.
 */
export class AdminStages extends AdminListView<StageSessionSummary> {
  protected readonly pageTag = 'admin-stage-session';

  constructor() {
    super(BACK_EVENT);
  }

  // Seats may have moved while a session was open: the list is read again on the way back.
  protected async fetchItems(slug: string): Promise<ApiResult<StageSessionSummary[]>> {
    const result = await listSessions(slug);
    return result.ok ? { ok: true, data: result.data.sessions } : result;
  }

  protected override render(): TemplateResult {
    if (this.open) {
      return html`<admin-stage-session .ui=${this.ui} .commune=${this.commune} .sessionId=${this.open}
        .sessions=${this.items ?? []}></admin-stage-session>`;
    }
    return html`<h1 tabindex="-1">${this.t('navStages')}</h1>
      ${this.renderErrorSummary()}
      <p>${this.t('stagesIntro')}</p>
      ${this.items ? this.renderTable(this.items) : this.renderLoading()}`;
  }

  private renderTable(sessions: StageSessionSummary[]): TemplateResult {
    if (sessions.length === 0) return html`<p>${this.t('noSessions')}</p>`;
    return html`<div class="table-wrap">
      <table id="sessions">
        <caption>${this.t('navStages')}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t('colSession')}</th>
            <th scope="col">${this.t('colDays')}</th>
            <th scope="col">${this.t('colPlace')}</th>
            <th scope="col">${this.t('colFill')}</th>
            <th scope="col">${this.t('colWaitlist')}</th>
          </tr>
        </thead>
        <tbody>
          ${sessions.map((session) => {
            const first = session.days[0] ?? '';
            const last = session.days[session.days.length - 1] ?? '';
            return html`<tr data-session=${session.id}>
              <th scope="row">
                <a href="#" id="open-${session.id}" @click=${(event: Event) => this.show(event, session.id)}>
                  ${sessionName(session, this.ui)}
                </a>
              </th>
              <td>${this.t('dayRange', { from: formatDay(this.ui, first), to: formatDay(this.ui, last) })}</td>
              <td>${session.place.name}</td>
              <td>${this.t('fillRate', {
                taken: String(session.seatsTaken),
                capacity: String(session.capacity),
                percent: formatPercent(this.ui, session.fillRate),
              })}</td>
              <td>${session.waitlistCount}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }
}

customElements.define('admin-stages', AdminStages);

declare global {
  interface HTMLElementTagNameMap {
    'admin-stages': AdminStages;
  }
}
