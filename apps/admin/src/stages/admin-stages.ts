import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Commune, StageSessionSummary } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { formatDay, formatPercent } from '../i18n/format.ts';
import { AdminView } from '../ui/admin-view.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import './admin-stage-session.ts';
import { BACK_EVENT } from './admin-stage-session.ts';
import { sessionName } from './session-names.ts';
import { listSessions } from './stages-api.ts';

/**
 * The commune's stage sessions with their fill rate and waitlist (an animator sees the sessions
 * assigned to them); opening one shows its page in place, and "back" returns to the table.
 */
export class AdminStages extends AdminView {
  static override styles = [sharedStyles];
  static override properties = {
    commune: { attribute: false },
    sessions: { state: true },
    open: { state: true },
  } satisfies PropertyDeclarations;

  commune: Commune | undefined;
  private sessions: StageSessionSummary[] | undefined;
  /** The session whose page is shown, if one is. */
  private open: string | undefined;
  /** The session whose page was left, so focus returns to its link. */
  private left: string | undefined;

  constructor() {
    super();
    this.addEventListener(BACK_EVENT, () => void this.close());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('commune') && this.commune) {
      this.sessions = undefined;
      this.open = undefined;
      void this.load(this.commune.slug);
    }
  }

  private async load(slug: string): Promise<void> {
    const result = await listSessions(slug);
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.sessions = result.data.sessions;
  }

  override async focusHeading(): Promise<void> {
    await this.updateComplete;
    const page = this.renderRoot.querySelector('admin-stage-session');
    if (page) return page.focusHeading();
    return super.focusHeading();
  }

  protected override render(): TemplateResult {
    if (this.open) {
      return html`<admin-stage-session .ui=${this.ui} .commune=${this.commune} .sessionId=${this.open}
        .sessions=${this.sessions ?? []}></admin-stage-session>`;
    }
    return html`<h1 tabindex="-1">${this.t('navStages')}</h1>
      ${this.renderErrorSummary()}
      <p>${this.t('stagesIntro')}</p>
      ${this.sessions ? this.renderTable(this.sessions) : this.renderLoading()}`;
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

  private async show(event: Event, sessionId: string): Promise<void> {
    event.preventDefault();
    this.clearErrors();
    this.open = sessionId;
    await this.focusHeading();
  }

  private async close(): Promise<void> {
    this.left = this.open;
    this.open = undefined;
    const slug = this.commune?.slug;
    // Seats may have moved while the session was open.
    if (slug) await this.load(slug);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#open-${this.left}`)?.focus();
  }
}

customElements.define('admin-stages', AdminStages);

declare global {
  interface HTMLElementTagNameMap {
    'admin-stages': AdminStages;
  }
}
