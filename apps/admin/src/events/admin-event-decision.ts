import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Commune, Role } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { formStyles } from '../forms/form-styles.ts';
import { formatDateTime } from '../i18n/format.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import { AdminEventStep } from './admin-event-step.ts';
import { STATUS_LABELS } from './event-labels.ts';
import { eventStyles } from './event-styles.ts';
import { closeRequest, decide, decisionLetterUrl, type StaffEventRequest } from './events-api.ts';

const DECIDERS: readonly Role[] = ['admin', 'event-decider'];
/** A request is decided once reviewed, with or without the services' opinions. */
const DECIDED_FROM: ReadonlySet<string> = new Set(['under-review', 'opinions-requested']);
const CLOSABLE: ReadonlySet<string> = new Set(['approved', 'approved-with-conditions', 'refused']);
const OUTCOMES = ['approved', 'approved-with-conditions', 'refused'] as const;

/**
 * The commune's decision on a request: deciders approve (with conditions, offered from the
 * services' opinions) or refuse with a motivation, which issues the letter; once decided, the letter
 * downloads and deciders close the file.
 */
export class AdminEventDecision extends AdminEventStep {
  static override styles = [sharedStyles, formStyles, eventStyles];
  static override properties = {
    commune: { attribute: false },
    request: { attribute: false },
    busy: { state: true },
  } satisfies PropertyDeclarations;

  commune: Commune | undefined;
  request: StaffEventRequest | undefined;
  private busy = false;

  private get decider(): boolean {
    return (this.commune?.roles ?? []).some((role) => DECIDERS.includes(role));
  }

  protected override render(): TemplateResult | typeof nothing {
    const request = this.request;
    if (!request) return nothing;
    const canDecide = this.decider && DECIDED_FROM.has(request.status);
    const canClose = this.decider && CLOSABLE.has(request.status);
    if (!request.decision && !canDecide) return nothing;
    return html`<section aria-labelledby="decision-title" class="panel">
      <h2 id="decision-title" tabindex="-1">${this.t('decisionTitle')}</h2>
      ${this.renderErrorSummary()} ${request.decision ? this.renderDecision(request) : nothing}
      ${canDecide ? this.renderDecide(request) : nothing} ${canClose ? this.renderClose() : nothing}
    </section>`;
  }

  private renderDecision(request: StaffEventRequest): TemplateResult | typeof nothing {
    const decision = request.decision;
    if (!decision) return nothing;
    return html`<dl class="details" id="decision">
        <dt>${this.t('decisionOutcome')}</dt>
        <dd data-field="outcome">${this.t(STATUS_LABELS[decision.outcome])}</dd>
        ${decision.conditions ? html`<dt>${this.t('opinionConditions')}</dt><dd>${decision.conditions}</dd>` : nothing}
        <dt>${this.t('decisionMotivation')}</dt>
        <dd>${decision.motivation}</dd>
        <dt>${this.t('decisionDecidedAt')}</dt>
        <dd>${formatDateTime(this.ui, decision.decidedAt)}</dd>
      </dl>
      ${
        decision.letter
          ? html`<p><a class="button secondary" id="decision-letter" download
              href=${decisionLetterUrl(this.commune?.slug ?? '', request.id)}>${this.t('decisionLetter')}</a></p>`
          : nothing
      }`;
  }

  private renderDecide(request: StaffEventRequest): TemplateResult {
    return html`<form id="decide-form" @submit=${this.decide}>
      <fieldset>
        <legend>${this.t('decisionOutcome')}</legend>
        ${this.renderFieldError('outcome')}
        <div class="choices" id="outcome" tabindex="-1">
          ${OUTCOMES.map(
            (outcome) => html`<label class="choice" for="outcome-${outcome}">
              <input type="radio" id="outcome-${outcome}" name="outcome" value=${outcome} />
              ${this.t(STATUS_LABELS[outcome])}
            </label>`,
          )}
        </div>
      </fieldset>
      <div class="field">
        <label for="decision-conditions">${this.t('opinionConditions')}</label>
        <p class="hint" id="decision-conditions-hint">${this.t('decisionConditionsHint')}</p>
        <textarea id="decision-conditions" maxlength="8000" aria-describedby="decision-conditions-hint"
          .value=${request.conditionsFromOpinions ?? ''}></textarea>
      </div>
      <div class="field">
        <label for="motivation">${this.t('decisionMotivation')}</label>
        <p class="hint" id="motivation-hint">${this.t('decisionMotivationHint')}</p>
        ${this.renderFieldError('motivation')}
        <textarea id="motivation" maxlength="8000" aria-invalid=${this.fieldState('motivation', 'motivation-hint').invalid}
          aria-describedby=${this.fieldState('motivation', 'motivation-hint').describedBy}></textarea>
      </div>
      <button type="submit" class="button" id="record-decision" ?disabled=${this.busy}>${this.t('decisionRecord')}</button>
    </form>`;
  }

  private renderClose(): TemplateResult {
    return html`<form id="close-form" @submit=${this.close}>
      <h3>${this.t('closeTitle')}</h3>
      <div class="field">
        <label for="close-comment">${this.t('eventReviewComment')}</label>
        <textarea id="close-comment" maxlength="4000"></textarea>
      </div>
      <button type="submit" class="button secondary" id="close-request" ?disabled=${this.busy}>${this.t('closeButton')}</button>
    </form>`;
  }

  private readonly decide = async (event: Event): Promise<void> => {
    event.preventDefault();
    const slug = this.commune?.slug;
    const request = this.request;
    if (!slug || !request || this.busy) return;
    const checked = this.renderRoot.querySelector<HTMLInputElement>('input[name="outcome"]:checked');
    const outcome = OUTCOMES.find((candidate) => candidate === checked?.value);
    const conditions = this.fieldValue('#decision-conditions').trim();
    const motivation = this.fieldValue('#motivation').trim();
    const errors = [
      ...(outcome ? [] : [{ message: this.t('decisionOutcomeRequired'), field: 'outcome' }]),
      ...(motivation ? [] : [{ message: this.t('decisionMotivationRequired'), field: 'motivation' }]),
    ];
    if (!outcome || errors.length > 0) return this.showErrors(errors);
    this.busy = true;
    const result = await decide(slug, request.id, {
      outcome,
      motivation,
      ...(outcome === 'approved-with-conditions' && conditions ? { conditions } : {}),
    });
    this.busy = false;
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    await this.requestChanged(
      result.data,
      this.t('decisionRecorded', { status: this.t(STATUS_LABELS[outcome]) }),
      '#decision-title',
    );
  };

  private readonly close = async (event: Event): Promise<void> => {
    event.preventDefault();
    const slug = this.commune?.slug;
    const request = this.request;
    if (!slug || !request || this.busy) return;
    const comment = this.fieldValue('#close-comment').trim();
    this.busy = true;
    const result = await closeRequest(slug, request.id, comment);
    this.busy = false;
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    await this.requestChanged(
      result.data,
      this.t('eventMoved', { status: this.t(STATUS_LABELS.closed) }),
      '#decision-title',
    );
  };
}

customElements.define('admin-event-decision', AdminEventDecision);

declare global {
  interface HTMLElementTagNameMap {
    'admin-event-decision': AdminEventDecision;
  }
}
