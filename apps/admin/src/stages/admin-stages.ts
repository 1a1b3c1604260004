import { html, nothing, type TemplateResult } from 'lit';
import type { ApiResult } from '../api/api-result.ts';
import type { StageSessionSummary } from '../api/api-types.ts';
import { formatDay, formatPercent } from '../i18n/format.ts';
import { AdminListView } from '../ui/admin-list-view.ts';
import './admin-stage-editor.ts';
import { STAGE_CREATED_EVENT } from './admin-stage-editor.ts';
import './admin-stage-session.ts';
import { BACK_EVENT, STAGE_EDIT_EVENT } from './admin-stage-session.ts';
import { sessionName, stageTitle } from './session-names.ts';
import { designsStages, editsStages } from './stage-design.ts';
import { listSessions } from './stages-api.ts';

/** The item key of a stage's editor (a colon cannot be in a stage key), and of a new stage's. */
const EDIT = 'edit:';
const NEW = 'new';

/**
 * The commune's stage sessions with their fill rate and waitlist (an animator sees the sessions
 * assigned to them); opening one shows its page in place, and "back" returns to the table.
 */
export class AdminStages extends AdminListView<StageSessionSummary> {
  protected readonly pageTag = 'admin-stage-session';

  constructor() {
    super(BACK_EVENT);
    // A stage created, or "Edit the stage" on a session's page: its editor opens in place.
    for (const name of [STAGE_CREATED_EVENT, STAGE_EDIT_EVENT])
      this.addEventListener(name, (event) => {
        const key = (event as CustomEvent<string>).detail;
        void this.show(event, `${EDIT}${key}`);
      });
  }

  private get editable(): boolean {
    return editsStages(this.commune);
  }

  override async focusHeading(): Promise<void> {
    await this.updateComplete;
    const editor = this.renderRoot.querySelector('admin-stage-editor');
    if (editor) return editor.focusHeading();
    return super.focusHeading();
  }

  // Seats may have moved while a session was open: the list is read again on the way back.
  protected async fetchItems(slug: string): Promise<ApiResult<StageSessionSummary[]>> {
    const result = await listSessions(slug);
    return result.ok ? { ok: true, data: result.data.sessions } : result;
  }

  protected override render(): TemplateResult {
    if (this.open === NEW || this.open?.startsWith(EDIT)) {
      const stageKey = this.open === NEW ? undefined : this.open.slice(EDIT.length);
      return html`<admin-stage-editor .ui=${this.ui} .commune=${this.commune} .stageKey=${stageKey}></admin-stage-editor>`;
    }
    if (this.open) {
      return html`<admin-stage-session .ui=${this.ui} .commune=${this.commune} .sessionId=${this.open}
        .sessions=${this.items ?? []}></admin-stage-session>`;
    }
    return html`<h1 tabindex="-1">${this.t('navStages')}</h1>
      ${this.renderErrorSummary()}
      <p>${this.t('stagesIntro')}</p>
      ${this.items ? this.renderTable(this.items) : this.renderLoading()}
      ${this.editable && this.items ? this.renderProgramme(this.items) : nothing}
      ${designsStages(this.commune) && !this.editable ? html`<p class="hint">${this.t('errStagesManagedAsCode')}</p>` : nothing}`;
  }

  /** The stages of the sessions listed, each with its "Edit", and "New stage". */
  private renderProgramme(sessions: StageSessionSummary[]): TemplateResult {
    const stages = new Map(sessions.map((session) => [session.stage.key, session.stage]));
    return html`<section class="panel" aria-labelledby="programme-title">
      <h2 id="programme-title">${this.t('stageProgrammeTitle')}</h2>
      <p>${this.t('stageProgrammeIntro')}</p>
      <ul id="programme">
        ${[...stages.values()].map(
          (stage) => html`<li data-stage=${stage.key}>
            <a href="#" id="open-${EDIT}${stage.key}" @click=${(event: Event) => this.show(event, `${EDIT}${stage.key}`)}>
              ${this.t('stageEdit', { stage: stageTitle(stage, this.ui) })}
            </a>
          </li>`,
        )}
      </ul>
      <button type="button" class="button" id="open-${NEW}" @click=${(event: Event) => this.show(event, NEW)}>
        ${this.t('stageNew')}
      </button>
    </section>`;
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
