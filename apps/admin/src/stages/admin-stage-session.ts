import { css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Commune, Residency, RosterEntry, StageSession, StageSessionSummary } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { listHouseholds } from '../families/households-api.ts';
import { formatDay } from '../i18n/format.ts';
import { AdminView } from '../ui/admin-view.ts';
import '../ui/confirm-dialog.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import './admin-choice-dialog.ts';
import './admin-session-message.ts';
import './admin-stage-attendance.ts';
import { sessionName } from './session-names.ts';
import { editsStages } from './stage-design.ts';
import {
  addEnrolment,
  cancelEnrolment,
  checkResidency,
  listUrl,
  moveEnrolment,
  readSession,
} from './stages-api.ts';

export const BACK_EVENT = 'admin-stage-back';
/** Sent with a stage's key to open its editor. */
export const STAGE_EDIT_EVENT = 'admin-stage-edit';

const childName = (entry: RosterEntry) => `${entry.child.firstName} ${entry.child.lastName}`;

/**
 * One session: its children (enrolled, waitlist, cancelled), attendance of a day, the lists to
 * download, and for those who manage stages the changes by hand.
 */
export class AdminStageSession extends AdminView {
  static override styles = [
    sharedStyles,
    css`
      .roster {
        list-style: none;
        margin: 0;
        padding: 0;
      }

      .roster > li {
        border-bottom: 1px solid #d5d9de;
        padding: 0.5rem 0;
      }

      .answers {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0 0.75rem;
        margin: 0.25rem 0 0;
      }

      .answers dt {
        font-weight: 600;
      }

      .answers dd {
        margin: 0;
      }

      .flag {
        font-weight: 600;
        color: var(--_danger);
      }

      .downloads {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
    `,
  ];
  static override properties = {
    commune: { attribute: false },
    sessionId: {},
    sessions: { attribute: false },
    session: { state: true },
    busy: { state: true },
  } satisfies PropertyDeclarations;

  commune: Commune | undefined;
  sessionId = '';
  /** The other sessions, to move a child to. */
  sessions: readonly StageSessionSummary[] = [];
  private session: StageSession | undefined;
  private busy = false;

  private get manages(): boolean {
    return this.commune?.roles.some((role) => role === 'admin' || role === 'stage-manager') ?? false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('sessionId') || changed.has('commune')) && this.commune && this.sessionId) {
      this.session = undefined;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const slug = this.commune?.slug;
    if (!slug) return;
    const result = await readSession(slug, this.sessionId);
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.session = result.data;
  }

  protected override render(): TemplateResult {
    const session = this.session;
    return html`<p>
        <button type="button" class="button secondary small" id="back" @click=${this.back}>
          ${this.t('backToSessions')}
        </button>
        ${
          session && editsStages(this.commune)
            ? html`<button type="button" class="button secondary small" id="edit-stage"
              @click=${() => this.editStage(session.stage.key)}>${this.t('stageEditThis')}</button>`
            : nothing
        }
      </p>
      <h1 tabindex="-1">${session ? sessionName(session, this.ui) : this.t('loading')}</h1>
      ${this.renderErrorSummary()}
      ${session ? this.renderSession(session) : this.renderLoading()}
      <admin-confirm-dialog></admin-confirm-dialog>
      <admin-choice-dialog></admin-choice-dialog>`;
  }

  private renderSession(session: StageSession): TemplateResult {
    const slug = this.commune?.slug ?? '';
    const first = session.days[0] ?? '';
    const last = session.days[session.days.length - 1] ?? '';
    return html`<p>
        ${session.place.name} ·
        ${this.t('dayRange', { from: formatDay(this.ui, first), to: formatDay(this.ui, last) })} ·
        ${session.hours.from}–${session.hours.to}
      </p>
      <section aria-labelledby="lists-title" class="panel">
        <h2 id="lists-title">${this.t('listsTitle')}</h2>
        <div class="downloads">
          <a class="button" id="download-pdf" href=${listUrl(slug, session.id, 'pdf', this.ui)} download>${this.t('downloadPdf')}</a>
          <a class="button secondary" id="download-csv" href=${listUrl(slug, session.id, 'csv', this.ui)} download>${this.t('downloadCsv')}</a>
          <a class="button secondary" id="download-xlsx" href=${listUrl(slug, session.id, 'xlsx', this.ui)} download>${this.t('downloadXlsx')}</a>
        </div>
      </section>
      <admin-stage-attendance .ui=${this.ui} .tenant=${slug} .sessionId=${session.id} .days=${session.days}
        .enrolled=${session.enrolled}></admin-stage-attendance>
      <section aria-labelledby="enrolled-title" class="panel">
        <h2 id="enrolled-title">${this.t('enrolledTitle', { count: String(session.enrolled.length) })}</h2>
        ${
          this.manages
            ? html`<p><button type="button" class="button small" id="add-enrolment" ?disabled=${this.busy}
                @click=${this.add}>${this.t('addEnrolment')}</button></p>`
            : nothing
        }
        ${
          session.enrolled.length === 0
            ? html`<p>${this.t('noEnrolled')}</p>`
            : html`<ul class="roster" id="enrolled">${session.enrolled.map((entry) => this.renderEntry(entry))}</ul>`
        }
      </section>
      <section aria-labelledby="waitlist-title" class="panel">
        <h2 id="waitlist-title">${this.t('waitlistTitle', { count: String(session.waitlist.length) })}</h2>
        ${
          session.waitlist.length === 0
            ? html`<p>${this.t('noWaitlist')}</p>`
            : html`<ol class="roster" id="waitlist">${session.waitlist.map((entry) => this.renderEntry(entry))}</ol>`
        }
      </section>
      ${
        this.manages
          ? html`<admin-session-message .ui=${this.ui} .tenant=${slug} .sessionId=${session.id}></admin-session-message>`
          : nothing
      }
      ${
        session.cancelled.length === 0
          ? nothing
          : html`<section aria-labelledby="cancelled-title" class="panel">
              <h2 id="cancelled-title">${this.t('cancelledTitle', { count: String(session.cancelled.length) })}</h2>
              <ul class="roster" id="cancelled">
                ${session.cancelled.map((entry) => html`<li>${childName(entry)} <span class="muted">${entry.reference}</span></li>`)}
              </ul>
            </section>`
      }`;
  }

  private renderEntry(entry: RosterEntry): TemplateResult {
    const name = childName(entry);
    const place =
      entry.status === 'offered'
        ? this.t('seatOffered')
        : entry.waitlistPosition !== null && entry.status === 'waitlisted'
          ? this.t('waitlistPosition', { position: String(entry.waitlistPosition) })
          : '';
    return html`<li data-enrolment=${entry.enrolmentId}>
      <strong>${name}</strong>, ${this.t('ageYears', { age: String(entry.child.age) })}
      ${place ? html`· ${place}` : nothing}
      <span class="muted">· ${entry.reference}</span>
      ${entry.residencyUnconfirmed ? html`<span class="flag">· ${this.t('residencyToCheck')}</span>` : nothing}
      <br /><span class="muted">${entry.household.address}
        · ${entry.household.guardians.map((g) => g.email).join(', ')}</span>
      ${this.renderAnswers(entry)}
      ${this.manages ? this.renderActions(entry, name) : nothing}
    </li>`;
  }

  /** The child's answers to the stage's questions, labelled by the API in the commune's languages. */
  private renderAnswers(entry: RosterEntry): TemplateResult | typeof nothing {
    if (entry.answers.length === 0) return nothing;
    const inUi = (text: Partial<Record<string, string>>) => text[this.ui] ?? Object.values(text)[0] ?? '';
    return html`<dl class="answers">
      ${entry.answers.map((answer) => html`<dt>${inUi(answer.label)}</dt><dd>${inUi(answer.text)}</dd>`)}
    </dl>`;
  }

  private renderActions(entry: RosterEntry, name: string): TemplateResult {
    const busy = this.busy;
    const check = (residency: Residency, label: string) =>
      html`<button type="button" class="button secondary small" aria-label="${label} (${name})" ?disabled=${busy}
        @click=${() => this.check(entry, residency)}>${label}</button>`;
    return html`<div class="actions">
      ${entry.residencyUnconfirmed ? check('declared_resident', this.t('residencyCheckedResident')) : nothing}
      ${entry.residencyUnconfirmed ? check('declared_non_resident', this.t('residencyCheckedNonResident')) : nothing}
      <button type="button" class="button secondary small move" aria-label="${this.t('moveEnrolment')} (${name})"
        ?disabled=${busy} @click=${() => this.move(entry)}>${this.t('moveEnrolment')}</button>
      <button type="button" class="button danger small cancel" aria-label="${this.t('cancelEnrolment')} (${name})"
        ?disabled=${busy} @click=${() => this.cancel(entry)}>${this.t('cancelEnrolment')}</button>
    </div>`;
  }

  private editStage(stageKey: string): void {
    this.dispatchEvent(
      new CustomEvent(STAGE_EDIT_EVENT, { detail: stageKey, bubbles: true, composed: true }),
    );
  }

  private readonly back = (): void => {
    this.dispatchEvent(new CustomEvent(BACK_EVENT, { bubbles: true, composed: true }));
  };

  /** Runs a change, then shows the session as the API now has it. */
  private async change(run: () => Promise<{ ok: boolean; code?: string }>, done: string): Promise<void> {
    this.busy = true;
    const result = await run();
    this.busy = false;
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code ?? '')) }]);
    this.clearErrors();
    await this.load();
    this.announce(done);
  }

  private readonly add = async (): Promise<void> => {
    const slug = this.commune?.slug;
    const dialog = this.renderRoot.querySelector('admin-choice-dialog');
    if (!slug || !dialog) return;
    const households = await listHouseholds(slug);
    if (!households.ok) return this.showErrors([{ message: this.t(problemMessage(households.code)) }]);
    const options = households.data.households.flatMap((household) =>
      household.children.map((child) => ({
        value: `${child.id}|${household.id}`,
        label: `${child.firstName} ${child.lastName} — ${household.street} ${household.number}, ${household.city}`,
      })),
    );
    const chosen = await dialog.ask({
      title: this.t('addEnrolment'),
      label: this.t('chooseChild'),
      options,
      submitLabel: this.t('enrol'),
      cancelLabel: this.t('cancel'),
    });
    const [childId, householdId] = chosen?.split('|') ?? [];
    if (!childId || !householdId) return;
    const label = options.find((option) => option.value === chosen)?.label.split(' — ')[0] ?? '';
    await this.change(
      () => addEnrolment(slug, this.sessionId, { childId, householdId }),
      this.t('enrolmentAdded', { child: label }),
    );
  };

  private async cancel(entry: RosterEntry): Promise<void> {
    const slug = this.commune?.slug;
    const dialog = this.renderRoot.querySelector('admin-confirm-dialog');
    if (!slug || !dialog) return;
    const child = childName(entry);
    const confirmed = await dialog.ask({
      title: this.t('confirmTitle'),
      message: this.t('confirmCancelEnrolment', { child }),
      confirmLabel: this.t('cancelEnrolment'),
      cancelLabel: this.t('keepEnrolment'),
    });
    if (!confirmed) return;
    await this.change(
      () => cancelEnrolment(slug, this.sessionId, entry.enrolmentId),
      this.t('enrolmentCancelled', { child }),
    );
  }

  private async move(entry: RosterEntry): Promise<void> {
    const slug = this.commune?.slug;
    const dialog = this.renderRoot.querySelector('admin-choice-dialog');
    if (!slug || !dialog) return;
    const child = childName(entry);
    const to = await dialog.ask({
      title: this.t('moveEnrolment'),
      label: this.t('chooseSession'),
      options: this.sessions
        .filter((session) => session.id !== this.sessionId)
        .map((session) => ({ value: session.id, label: sessionName(session, this.ui) })),
      submitLabel: this.t('move'),
      cancelLabel: this.t('cancel'),
    });
    if (!to) return;
    await this.change(
      () => moveEnrolment(slug, this.sessionId, entry.enrolmentId, to),
      this.t('enrolmentMoved', { child }),
    );
  }

  private async check(entry: RosterEntry, residency: Residency): Promise<void> {
    const slug = this.commune?.slug;
    if (!slug) return;
    await this.change(
      () => checkResidency(slug, this.sessionId, entry.enrolmentId, residency),
      this.t('residencyRecorded', { child: childName(entry) }),
    );
  }
}

customElements.define('admin-stage-session', AdminStageSession);

declare global {
  interface HTMLElementTagNameMap {
    'admin-stage-session': AdminStageSession;
  }
}
