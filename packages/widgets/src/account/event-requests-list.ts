import { html, nothing, type TemplateResult } from 'lit';
import type { EventRequestStatus, MyEventRequest, MyEventRequestSummary } from './account-api.ts';
import type { AccountArea } from './account-area.ts';
import type { AccountMessageKey } from './account-messages.ts';
import { renderHeading } from './section-heading.ts';

export const EVENT_STATUS_TEXT: Readonly<Record<EventRequestStatus, AccountMessageKey>> = {
  draft: 'eventStatusDraft',
  submitted: 'eventStatusSubmitted',
  incomplete: 'eventStatusIncomplete',
  'under-review': 'eventStatusUnderReview',
  'opinions-requested': 'eventStatusOpinionsRequested',
  approved: 'eventStatusApproved',
  'approved-with-conditions': 'eventStatusApprovedWithConditions',
  refused: 'eventStatusRefused',
  withdrawn: 'eventStatusWithdrawn',
  closed: 'eventStatusClosed',
};

/** Until the commune decides, the requester may withdraw (as the API allows). */
const WITHDRAWABLE: ReadonlySet<EventRequestStatus> = new Set([
  'draft',
  'submitted',
  'incomplete',
  'under-review',
  'opinions-requested',
]);

/** What the API says is expected of the requester now, in words. */
const EXPECTED_TEXT: Readonly<Record<MyEventRequest['expected'], AccountMessageKey | undefined>> = {
  submit: 'eventExpectDraft',
  complete: 'eventExpectIncomplete',
  wait: 'eventExpectWaiting',
  'read-decision': 'eventExpectDecision',
  nothing: undefined,
};

type Decision = NonNullable<MyEventRequest['decision']>;

const OUTCOME_TEXT: Readonly<Record<Decision['outcome'], AccountMessageKey>> = {
  approved: 'eventStatusApproved',
  'approved-with-conditions': 'eventStatusApprovedWithConditions',
  refused: 'eventStatusRefused',
};

function period(area: AccountArea, startsAt: string, endsAt: string): string {
  return new Intl.DateTimeFormat(`${area.host.ui()}-BE`, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).formatRange(new Date(startsAt), new Date(endsAt));
}

/** The citizen's event permit requests with their status; one is opened to follow it step by step. */
export function renderEventRequests(
  area: AccountArea,
  requests: readonly MyEventRequestSummary[],
): TemplateResult {
  const error = area.errorOf('event-requests');
  return html`${renderHeading(area.sectionLevel + 1, area.t('eventRequestsHeading'))}
    ${error ? html`<p id="event-requests-alert" class="alert" part="alert" role="alert" tabindex="-1">${area.errorText(error)}</p>` : nothing}
    <ul class="event-requests" part="list">${requests.map((request) => renderRequest(area, request))}</ul>`;
}

function renderRequest(area: AccountArea, request: MyEventRequestSummary): TemplateResult {
  const { t } = area;
  const opened = area.openEventRequest?.id === request.id ? area.openEventRequest : undefined;
  return html`<li id="event-request-${request.id}" class="event-request" part="item event-request"
    data-reference=${request.reference}>
    <p><strong>${request.title}</strong></p>
    <p>${t('eventRequestWhen', { when: period(area, request.startsAt, request.endsAt), reference: request.reference })}</p>
    <p class="event-request-status" data-status=${request.status}>
      ${t('eventRequestStatus')} ${t(EVENT_STATUS_TEXT[request.status])}
    </p>
    <div class="actions">
      <button type="button" class="button secondary follow" part="secondary" aria-expanded=${opened ? 'true' : 'false'}
        ?disabled=${area.busy}
        @click=${() => void area.followEventRequest(opened ? undefined : request.id)}>
        ${t(opened ? 'eventRequestClose' : 'eventRequestOpen')}<span class="visually-hidden"> ${request.title}</span>
      </button>
    </div>
    ${opened ? renderDetail(area, opened) : nothing}
  </li>`;
}

function renderDecision(area: AccountArea, request: MyEventRequest, decision: Decision): TemplateResult {
  const { t } = area;
  const day = new Intl.DateTimeFormat(`${area.host.ui()}-BE`, {
    dateStyle: 'long',
    timeZone: 'Europe/Brussels',
  });
  return html`<div class="decision" part="decision">
    ${renderHeading(area.sectionLevel + 2, t('eventDecisionHeading'))}
    <p>${t('eventDecisionOn', { date: day.format(new Date(decision.decidedAt)) })}
      <strong data-outcome=${decision.outcome}>${t(OUTCOME_TEXT[decision.outcome])}</strong></p>
    ${
      decision.conditions
        ? html`<p><strong>${t('eventDecisionConditions')}</strong></p><p class="multiline">${decision.conditions}</p>`
        : nothing
    }
    <p><strong>${t('eventDecisionMotivation')}</strong></p>
    <p class="multiline">${decision.motivation}</p>
    ${
      decision.letter
        ? html`<div class="actions">
          <button type="button" id="decision-letter" class="button secondary" part="secondary decision-letter"
            ?disabled=${area.busy} @click=${() => void area.downloadDecisionLetter(request)}>
            ${t('eventLetterDownload')}</button>
        </div>`
        : nothing
    }
  </div>`;
}

/**
 * One request followed: what is expected of the requester, what the commune asked, the decision,
 * its steps, withdrawal.
 */
function renderDetail(area: AccountArea, request: MyEventRequest): TemplateResult {
  const { t } = area;
  const expected = EXPECTED_TEXT[request.expected];
  const day = new Intl.DateTimeFormat(`${area.host.ui()}-BE`, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  });
  return html`<div id="event-request-detail" class="event-request-detail" part="event-request-detail" tabindex="-1"
    aria-label=${request.title}>
    ${expected ? html`<p part="status">${t(expected)}</p>` : nothing}
    ${
      request.status === 'incomplete' && request.requestedChanges
        ? html`<div class="asked" part="asked"><p><strong>${t('eventAsked')}</strong></p><p>${request.requestedChanges}</p></div>`
        : nothing
    }
    ${request.decision ? renderDecision(area, request, request.decision) : nothing}
    ${renderHeading(area.sectionLevel + 2, t('eventHistoryHeading'))}
    <ol class="event-history" part="history">
      ${request.history.map(
        (entry) => html`<li>
          ${t('eventHistoryEntry', { date: day.format(new Date(entry.at)), status: t(EVENT_STATUS_TEXT[entry.toStatus]) })}
          (${t(entry.actor === 'requester' ? 'eventByYou' : 'eventByCommune')})
          ${entry.comment ? html`<p class="hint">${entry.comment}</p>` : nothing}
        </li>`,
      )}
    </ol>
    ${WITHDRAWABLE.has(request.status) ? renderWithdraw(area, request) : nothing}
  </div>`;
}

function renderWithdraw(area: AccountArea, request: MyEventRequest): TemplateResult {
  const { t } = area;
  if (!area.withdrawing)
    return html`<div class="actions">
      <button type="button" id="withdraw-open" class="button danger" part="danger" ?disabled=${area.busy}
        @click=${() => area.askWithdraw(true)}>${t('eventWithdraw')}</button>
    </div>`;
  return html`<p id="withdraw-confirm" tabindex="-1">${t('eventWithdrawConfirm', { title: request.title })}</p>
    <div class="actions">
      <button type="button" class="button danger" part="submit danger" ?disabled=${area.busy}
        @click=${() => void area.withdrawEventRequest(request)}>${t('eventWithdrawYes')}</button>
      <button type="button" class="button secondary" part="secondary" ?disabled=${area.busy}
        @click=${() => area.askWithdraw(false)}>${t('eventWithdrawNo')}</button>
    </div>`;
}
