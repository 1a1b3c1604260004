import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { createLocalizer } from '../core/localizer.ts';
import type { MyEnrolment } from './account-api.ts';
import type { AccountArea } from './account-area.ts';
import type { CancellationOutlook } from './cancellation-outlook.ts';

/** The stage's title in the interface's language, with the language it is written in. */
export function stageTitle(area: AccountArea, enrolment: MyEnrolment): { text: string; lang: string } {
  return createLocalizer(area.host.ui(), area.host.config()?.languages).content(
    enrolment.session.stage.title,
  );
}

/** The offer an e-mail's link named, on top of the list: child, stage, deadline and both answers. */
export function renderOfferLink(area: AccountArea): TemplateResult | typeof nothing {
  if (!area.offerLink?.shown) return nothing;
  const enrolment = area.linkedOffer;
  if (!enrolment) {
    return html`<p id="offer-gone" class="status" part="status" tabindex="-1">${area.t('offerLinkGone')}</p>`;
  }
  const title = stageTitle(area, enrolment);
  return html`<div id="offer-link" class="status" part="status">
    <p>${area.t('offerLinkIntro', {
      child: enrolment.child.firstName,
      stage: title.text,
      deadline: enrolment.offerExpiresAt ? area.formatDeadline(enrolment.offerExpiresAt) : '',
    })}</p>
    ${renderOfferButtons(area, enrolment, 'offer-')}
  </div>`;
}

/** What a parent can do with one enrolment: answer an offer, or cancel; a cancelled one says what it cost. */
export function renderEnrolmentActions(
  area: AccountArea,
  enrolment: MyEnrolment,
): TemplateResult | typeof nothing {
  const { t } = area;
  if (enrolment.status === 'cancelled') {
    const cancellation = enrolment.cancellation;
    if (!cancellation) return nothing;
    return html`<p>${
      cancellation.feeCents === 0 && cancellation.creditCents === 0
        ? t('enrolmentCancelledFree')
        : t('enrolmentCancelledFee', {
            fee: area.formatMoney(cancellation.feeCents),
            credit: area.formatMoney(cancellation.creditCents),
          })
    }</p>`;
  }
  const cancel = html`<button type="button" class="button secondary cancel" part="secondary"
    ?disabled=${area.busy} @click=${() => void area.askCancel(enrolment)}>${t('enrolmentCancel')}</button>`;
  if (enrolment.status !== 'offered') return html`<div class="actions">${cancel}</div>`;
  return html`${
    enrolment.offerExpiresAt
      ? html`<p>${t('offerDeadline', { deadline: area.formatDeadline(enrolment.offerExpiresAt) })}</p>`
      : nothing
  }${renderOfferButtons(area, enrolment, '')}`;
}

function renderOfferButtons(area: AccountArea, enrolment: MyEnrolment, idPrefix: string): TemplateResult {
  const { t } = area;
  const id = (answer: string) => (idPrefix ? `${idPrefix}${answer}` : undefined);
  return html`<div class="actions">
    <button type="button" id=${id('accept') ?? nothing} class="button accept" part="submit" ?disabled=${area.busy}
      @click=${() => void area.answerOffer(enrolment, 'accept')}>${t('offerAccept')}</button>
    <button type="button" id=${id('decline') ?? nothing} class="button secondary decline" part="secondary"
      ?disabled=${area.busy} @click=${() => void area.answerOffer(enrolment, 'decline')}>${t('offerDecline')}</button>
  </div>`;
}

/** The modal confirmation of a cancelling, with the rule's outcome; Escape or "keep" closes it. */
export function renderCancelDialog(area: AccountArea): TemplateResult | typeof nothing {
  const cancelling = area.cancelling;
  if (!cancelling) return nothing;
  const { t } = area;
  const { enrolment, outlook } = cancelling;
  const title = stageTitle(area, enrolment);
  return html`<dialog id="cancel-dialog" part="dialog" aria-labelledby="cancel-title" aria-describedby="cancel-outcome"
    ${ref(openModal)} @close=${area.closeCancel}>
    <form @submit=${area.confirmCancel}>
      <p id="cancel-title"><strong>${t('cancelDialogTitle', { child: enrolment.child.firstName })}</strong>
        <span lang=${title.lang}>${title.text}</span></p>
      <p id="cancel-outcome">${outcomeText(area, outlook)}</p>
      ${
        outlook.kind === 'fee' && outlook.medicalFree
          ? html`<fieldset>
            <legend>${t('cancelReasonLegend')}</legend>
            <label><input type="radio" name="reason" value="personal" checked /> ${t('cancelReasonPersonal')}</label>
            <label><input type="radio" name="reason" value="medical" /> ${t('cancelReasonMedical')}</label>
          </fieldset>`
          : nothing
      }
      <div class="actions">
        <button type="submit" class="button confirm-cancel" part="submit" ?disabled=${area.busy}>${t('cancelConfirm')}</button>
        <button type="button" class="button secondary keep" part="secondary" autofocus @click=${area.closeCancel}>
          ${t('cancelKeep')}
        </button>
      </div>
    </form>
  </dialog>`;
}

function outcomeText(area: AccountArea, outlook: CancellationOutlook): string {
  switch (outlook.kind) {
    case 'free':
      return area.t('cancelFree');
    case 'fee':
      return area.t('cancelFee', { fee: area.formatMoney(outlook.feeCents) });
    case 'unknown':
      return area.t('cancelUnknown');
  }
}

function openModal(element: Element | undefined): void {
  // Lit hands the element over before its template is in the document, where showModal would throw.
  queueMicrotask(() => {
    if (element instanceof HTMLDialogElement && element.isConnected && !element.open) element.showModal();
  });
}
