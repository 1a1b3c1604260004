import { css, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { AttendanceStatus, RosterEntry } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { formatDay } from '../i18n/format.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { AdminView } from '../ui/admin-view.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import { readAttendance, saveAttendance } from './stages-api.ts';

const STATUSES: readonly { status: AttendanceStatus; label: MessageKey }[] = [
  { status: 'present', label: 'attendancePresent' },
  { status: 'absent', label: 'attendanceAbsent' },
  { status: 'excused', label: 'attendanceExcused' },
];

/** Today in Brussels as `YYYY-MM-DD`, to open the day being run. */
const brusselsToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());

/**
 * Attendance of one day: a list (not a table, so it fits a phone held by an animator) with three
 * radio choices per child; saving sends the marks chosen.
 */
export class AdminStageAttendance extends AdminView {
  static override styles = [
    sharedStyles,
    css`
      ul.marks {
        list-style: none;
        margin: 0 0 1rem;
        padding: 0;
      }

      fieldset {
        border: 1px solid #d5d9de;
        border-radius: var(--_radius);
        margin: 0 0 0.5rem;
        padding: 0.5rem 0.75rem;
      }

      legend {
        font-weight: 600;
        padding: 0 0.25rem;
      }

      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1.25rem;
      }

      .choices label {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
        min-height: 44px;
        font-weight: 400;
      }

      input[type='radio'] {
        width: 1.25rem;
        height: 1.25rem;
      }
    `,
  ];
  static override properties = {
    tenant: {},
    sessionId: {},
    days: { attribute: false },
    enrolled: { attribute: false },
    day: { state: true },
    marks: { state: true },
    saving: { state: true },
  } satisfies PropertyDeclarations;

  tenant = '';
  sessionId = '';
  days: readonly string[] = [];
  enrolled: readonly RosterEntry[] = [];
  private day = '';
  private marks: Map<string, AttendanceStatus> | undefined;
  private saving = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('days') && !this.days.includes(this.day)) {
      const today = brusselsToday();
      this.day = this.days.includes(today) ? today : (this.days[0] ?? '');
    }
    if ((changed.has('sessionId') || changed.has('days') || changed.has('enrolled')) && this.day)
      void this.load();
  }

  private async load(): Promise<void> {
    this.marks = undefined;
    const result = await readAttendance(this.tenant, this.sessionId, this.day);
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.marks = new Map(
      result.data.marks.flatMap((mark) => (mark.status ? [[mark.enrolmentId, mark.status] as const] : [])),
    );
  }

  protected override render(): TemplateResult {
    return html`<section aria-labelledby="attendance-title" class="panel">
      <h2 id="attendance-title">${this.t('attendanceTitle')}</h2>
      ${this.renderErrorSummary()}
      <div class="field">
        <label for="attendance-day">${this.t('attendanceDay')}</label>
        <select id="attendance-day" @change=${this.onDay}>
          ${this.days.map(
            (day) =>
              html`<option value=${day} ?selected=${day === this.day}>${formatDay(this.ui, day)}</option>`,
          )}
        </select>
      </div>
      ${this.enrolled.length === 0 ? html`<p>${this.t('noEnrolled')}</p>` : this.renderForm()}
    </section>`;
  }

  private renderForm(): TemplateResult {
    const marks = this.marks;
    if (!marks) return html`${this.renderLoading()}`;
    return html`<form @submit=${this.onSave}>
      <ul class="marks">
        ${this.enrolled.map((entry) => {
          const name = `${entry.child.firstName} ${entry.child.lastName}`;
          return html`<li>
            <fieldset data-enrolment=${entry.enrolmentId}>
              <legend>${name}</legend>
              <div class="choices">
                ${STATUSES.map(
                  ({ status, label }) => html`<label>
                    <input type="radio" name="mark-${entry.enrolmentId}" value=${status}
                      .checked=${marks.get(entry.enrolmentId) === status}
                      @change=${() => this.choose(entry.enrolmentId, status)} />
                    ${this.t(label)}
                  </label>`,
                )}
              </div>
            </fieldset>
          </li>`;
        })}
      </ul>
      <button type="submit" class="button" id="save-attendance" ?disabled=${this.saving}>
        ${this.t('saveAttendance')}
      </button>
    </form>`;
  }

  private choose(enrolmentId: string, status: AttendanceStatus): void {
    this.marks = new Map(this.marks).set(enrolmentId, status);
  }

  private readonly onDay = (event: Event): void => {
    this.day = (event.target as HTMLSelectElement).value;
    this.clearErrors();
    void this.load();
  };

  private readonly onSave = async (event: Event): Promise<void> => {
    event.preventDefault();
    const marks = [...(this.marks ?? new Map<string, AttendanceStatus>())].map(([enrolmentId, status]) => ({
      enrolmentId,
      status,
    }));
    if (marks.length === 0) return this.showErrors([{ message: this.t('attendanceNoneMarked') }]);
    this.saving = true;
    const result = await saveAttendance(this.tenant, this.sessionId, this.day, marks);
    this.saving = false;
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.clearErrors();
    this.announce(this.t('attendanceSaved', { day: formatDay(this.ui, this.day) }));
  };
}

customElements.define('admin-stage-attendance', AdminStageAttendance);

declare global {
  interface HTMLElementTagNameMap {
    'admin-stage-attendance': AdminStageAttendance;
  }
}
