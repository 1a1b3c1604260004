import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Commune, EventRequestHistoryEntry, Role } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { answerText, definitionFields, labelIn } from '../forms/definition-fields.ts';
import { formStyles } from '../forms/form-styles.ts';
import { formatDateTime, formatFileSize } from '../i18n/format.ts';
import { AdminView } from '../ui/admin-view.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import './admin-event-decision.ts';
import './admin-event-opinions.ts';
import { REQUEST_CHANGED_EVENT } from './admin-event-step.ts';
import { type ConfigNames, configNames, STATUS_LABELS } from './event-labels.ts';
import { eventStyles } from './event-styles.ts';
import {
  type EventConfig,
  readRequest,
  requestFileUrl,
  type StaffEventRequest,
  sendBackIncomplete,
  takeUnderReview,
} from './events-api.ts';
import { isFileAnswer, requestFiles } from './request-files.ts';

export const REQUEST_BACK_EVENT = 'admin-event-request-back';

/** Who checks a file and asks the requester for more (the API checks again). */
const REVIEWERS: readonly Role[] = ['admin', 'event-reviewer'];
/** A request is sent back while it is reviewed, before opinions are asked. */
const SENT_BACK_FROM: ReadonlySet<string> = new Set(['submitted', 'under-review']);

/**
 * One event request: what is asked (dates, place, attendance, equipment), the answers labelled by
 * the version of the type's form they were given to, the requester, the history, and the steps the
 * person's roles allow at its status.
 */
export class AdminEventRequest extends AdminView {
  static override styles = [sharedStyles, formStyles, eventStyles];
  static override properties = {
    commune: { attribute: false },
    config: { attribute: false },
    requestId: {},
    request: { state: true },
    busy: { state: true },
  } satisfies PropertyDeclarations;

  commune: Commune | undefined;
  config: EventConfig | undefined;
  requestId = '';
  private request: StaffEventRequest | undefined;
  private busy = false;

  constructor() {
    super();
    this.addEventListener(REQUEST_CHANGED_EVENT, (event) => {
      if (event instanceof CustomEvent && event.detail) this.request = event.detail;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('requestId') || changed.has('commune')) && this.commune && this.requestId) {
      this.request = undefined;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const slug = this.commune?.slug;
    if (!slug) return;
    const result = await readRequest(slug, this.requestId);
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.request = result.data;
  }

  private get roles(): readonly Role[] {
    return this.commune?.roles ?? [];
  }

  protected override render(): TemplateResult {
    const request = this.request;
    const names = configNames(this.config, this.ui);
    return html`<p>
        <button type="button" class="button secondary small" id="back" @click=${this.back}>
          ${this.t('backToEventRequests')}
        </button>
      </p>
      <h1 tabindex="-1">${request ? this.t('eventRequestTitle', { reference: request.reference }) : this.t('loading')}</h1>
      ${this.renderErrorSummary()}
      ${
        request
          ? html`<p id="current-status">
                ${this.t('formStatus')}: <strong>${this.t(STATUS_LABELS[request.status])}</strong>
                ${request.submittedAt ? html` · ${this.t('colSubmittedAt')} ${formatDateTime(this.ui, request.submittedAt)}` : nothing}
              </p>
              ${
                request.requestedChanges
                  ? html`<p id="requested-changes">${this.t('eventRequestedChanges')}: ${request.requestedChanges}</p>`
                  : nothing
              }
              ${this.renderEvent(request, names)} ${this.renderAnswers(request)} ${this.renderFiles(request)}
              <admin-event-opinions .ui=${this.ui} .commune=${this.commune} .request=${request}></admin-event-opinions>
              <admin-event-decision .ui=${this.ui} .commune=${this.commune} .request=${request}></admin-event-decision>
              ${this.renderSteps(request)}
              ${this.renderHistory(request.history)}`
          : this.renderLoading()
      }`;
  }

  private renderEvent(request: StaffEventRequest, names: ConfigNames): TemplateResult {
    const address = request.address;
    return html`<section aria-labelledby="event-title" class="panel">
      <h2 id="event-title">${this.t('eventDetailsTitle')}</h2>
      <dl class="details" id="event-details">
        <dt>${this.t('eventTitleLabel')}</dt>
        <dd>${request.title}</dd>
        <dt>${this.t('eventTypeLabel')}</dt>
        <dd>${names.type(request.type)}</dd>
        <dt>${this.t('eventStarts')}</dt>
        <dd>${formatDateTime(this.ui, request.startsAt)}</dd>
        <dt>${this.t('eventEnds')}</dt>
        <dd>${formatDateTime(this.ui, request.endsAt)}</dd>
        <dt>${this.t('colPlace')}</dt>
        <dd data-field="place">
          ${
            request.place !== null
              ? names.place(request.place)
              : address
                ? [address.street, address.number, address.box, `${address.postalCode} ${address.city}`]
                    .filter(Boolean)
                    .join(' ')
                : '—'
          }
        </dd>
        <dt>${this.t('eventAttendance')}</dt>
        <dd>${request.expectedAttendance ?? '—'}</dd>
        <dt>${this.t('eventEquipment')}</dt>
        <dd>
          ${
            request.equipment.length === 0
              ? this.t('eventNoEquipment')
              : html`<ul class="plain" id="equipment">
                ${request.equipment.map(
                  (line) =>
                    html`<li>${this.t('eventEquipmentLine', {
                      equipment: names.equipment(line.key),
                      quantity: String(line.quantity),
                    })}</li>`,
                )}
              </ul>`
          }
        </dd>
        <dt>${this.t('eventPublic')}</dt>
        <dd>${this.t(request.public ? 'yes' : 'no')}</dd>
        <dt>${this.t('colRequester')}</dt>
        <dd>${request.requester ? `${request.requester.name} <${request.requester.email}>` : this.t('requesterErased')}</dd>
      </dl>
    </section>`;
  }

  private renderAnswers(request: StaffEventRequest): TemplateResult {
    const yesNo = [this.t('yes'), this.t('no')] as const;
    // Files are listed with their download links below, not as text.
    const fields = this.answeredFields(request).filter(
      (field) => !isFileAnswer(field, request.answers[field.key]),
    );
    return html`<section aria-labelledby="answers-title" class="panel">
      <h2 id="answers-title">${this.t('answersTitle')}</h2>
      ${
        fields.length === 0
          ? html`<p>—</p>`
          : html`<dl class="details" id="answers">
            ${fields.map(
              (field) => html`<dt>${labelIn(field.label, this.ui, field.key)}</dt>
                <dd data-field=${field.key}>${answerText(field, request.answers[field.key], this.ui, yesNo) || '—'}</dd>`,
            )}
          </dl>`
      }
    </section>`;
  }

  private answeredFields(request: StaffEventRequest) {
    return request.definition
      ? definitionFields(request.definition).filter((field) => field.key in request.answers)
      : Object.keys(request.answers).map((key) => ({ key, label: {}, options: [], fields: [] }));
  }

  /** Each file attached, under the name of the document the type asks for (else its field's label). */
  private renderFiles(request: StaffEventRequest): TemplateResult {
    const slug = this.commune?.slug ?? '';
    const attachments = this.config?.types.find((type) => type.key === request.type)?.attachments ?? [];
    const files = requestFiles(this.answeredFields(request), request.answers);
    return html`<section aria-labelledby="files-title" class="panel">
      <h2 id="files-title">${this.t('eventFilesTitle')}</h2>
      ${
        files.length === 0
          ? html`<p id="no-files">${this.t('eventNoFiles')}</p>`
          : html`<ul class="plain" id="files">
            ${files.map((file) => {
              const attachment = attachments.find((candidate) => candidate.key === file.fieldKey);
              const label = labelIn(attachment?.label ?? file.fieldLabel, this.ui, file.fieldKey);
              return html`<li data-attachment=${file.fieldKey}>
                ${label}:
                <a href=${requestFileUrl(slug, request.id, file.id)} download=${file.name}
                  data-file=${file.id}>${file.name}</a>
                (${formatFileSize(this.ui, file.size)})
              </li>`;
            })}
          </ul>`
      }
    </section>`;
  }

  private renderSteps(request: StaffEventRequest): TemplateResult {
    const reviewer = this.roles.some((role) => REVIEWERS.includes(role));
    const canReview = reviewer && request.status === 'submitted';
    const canSendBack = reviewer && SENT_BACK_FROM.has(request.status);
    return html`<section aria-labelledby="steps-title" class="panel">
      <h2 id="steps-title" tabindex="-1">${this.t('nextStepsTitle')}</h2>
      ${!canReview && !canSendBack ? html`<p>${this.t('noNextSteps')}</p>` : nothing}
      ${
        canReview
          ? html`<form id="review-form" @submit=${this.review}>
            <h3>${this.t('eventReviewTitle')}</h3>
            <div class="field">
              <label for="review-comment">${this.t('eventReviewComment')}</label>
              <textarea id="review-comment" maxlength="4000"></textarea>
            </div>
            <button type="submit" class="button" id="take-review" ?disabled=${this.busy}>${this.t('eventTakeUnderReview')}</button>
          </form>`
          : nothing
      }
      ${
        canSendBack
          ? html`<form id="incomplete-form" @submit=${this.sendBack}>
            <h3>${this.t('eventIncompleteTitle')}</h3>
            <div class="field">
              <label for="missing">${this.t('eventMissing')}</label>
              <p class="hint" id="missing-hint">${this.t('eventMissingHint')}</p>
              ${this.renderFieldError('missing')}
              <textarea id="missing" maxlength="4000" aria-invalid=${this.fieldState('missing', 'missing-hint').invalid}
                aria-describedby=${this.fieldState('missing', 'missing-hint').describedBy}></textarea>
            </div>
            <button type="submit" class="button secondary" id="send-back" ?disabled=${this.busy}>${this.t('eventSendBack')}</button>
          </form>`
          : nothing
      }
    </section>`;
  }

  private renderHistory(history: readonly EventRequestHistoryEntry[]): TemplateResult {
    return html`<section aria-labelledby="history-title" class="panel">
      <h2 id="history-title">${this.t('historyTitle')}</h2>
      <ol id="history" class="plain">
        ${history.map(
          (entry) => html`<li data-status=${entry.toStatus}>
            <strong>${formatDateTime(this.ui, entry.at)}</strong> ·
            ${this.t(entry.actor === 'requester' ? 'actorRequester' : 'actorCommune')} ·
            ${this.t('historyMoved', {
              from: entry.fromStatus ? this.t(STATUS_LABELS[entry.fromStatus]) : '—',
              to: this.t(STATUS_LABELS[entry.toStatus]),
            })}
            ${entry.comment ? html`<p>${entry.comment}</p>` : nothing}
          </li>`,
        )}
      </ol>
    </section>`;
  }

  private async settle(result: Awaited<ReturnType<typeof takeUnderReview>>): Promise<void> {
    this.busy = false;
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.clearErrors();
    this.request = result.data;
    this.announce(this.t('eventMoved', { status: this.t(STATUS_LABELS[result.data.status]) }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#steps-title')?.focus();
  }

  private readonly review = async (event: Event): Promise<void> => {
    event.preventDefault();
    const slug = this.commune?.slug;
    if (!slug || this.busy) return;
    this.busy = true;
    await this.settle(await takeUnderReview(slug, this.requestId, this.fieldValue('#review-comment').trim()));
  };

  private readonly sendBack = async (event: Event): Promise<void> => {
    event.preventDefault();
    const slug = this.commune?.slug;
    const comment = this.fieldValue('#missing').trim();
    if (!slug || this.busy) return;
    if (!comment) return this.showErrors([{ message: this.t('eventMissingRequired'), field: 'missing' }]);
    this.busy = true;
    await this.settle(await sendBackIncomplete(slug, this.requestId, comment));
  };

  private readonly back = (): void => {
    this.dispatchEvent(new CustomEvent(REQUEST_BACK_EVENT, { bubbles: true, composed: true }));
  };
}

customElements.define('admin-event-request', AdminEventRequest);

declare global {
  interface HTMLElementTagNameMap {
    'admin-event-request': AdminEventRequest;
  }
}
