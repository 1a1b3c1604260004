import { html, nothing, type TemplateResult } from 'lit';
import type { MyEnrolment } from './account-api.ts';
import type { AccountArea } from './account-area.ts';
import {
  renderCancelDialog,
  renderEnrolmentActions,
  renderOfferLink,
  stageTitle,
} from './enrolment-actions.ts';
import { renderEventRequests } from './event-requests-list.ts';
import { renderInvoices } from './invoices-list.ts';
import { renderHeading } from './section-heading.ts';
import { renderSubmissions } from './submissions-list.ts';

/** Requests made to the commune: the household's enrolments in holiday activities, the forms sent and the event permits asked. */
export function renderRequestsSection(area: AccountArea): TemplateResult {
  return html`${renderHeading(area.sectionLevel, area.t('sectionRequests'), 'section-heading')}${renderBody(area)}`;
}

function renderBody(area: AccountArea): TemplateResult {
  const { t } = area;
  const errors = [
    area.enrolmentsError,
    area.invoicesError,
    area.submissionsError,
    area.eventRequestsError,
  ].flatMap((error) =>
    error ? [html`<p class="alert" part="alert" role="alert">${area.errorText(error)}</p>`] : [],
  );
  const actionError = area.errorOf('enrolments');
  if (actionError) {
    errors.unshift(
      html`<p id="enrolments-alert" class="alert" part="alert" role="alert" tabindex="-1">${area.errorText(actionError)}</p>`,
    );
  }
  const enrolments = area.enrolments ?? [];
  const submissions = area.submissions ?? [];
  const invoices = area.invoices ?? [];
  const eventRequests = area.eventRequests ?? [];
  if (area.requestsLoading) return html`${errors}<p>${t('loading')}</p>`;
  if (
    enrolments.length === 0 &&
    invoices.length === 0 &&
    submissions.length === 0 &&
    eventRequests.length === 0
  ) {
    return html`${errors}${
      errors.length === 0
        ? html`<div class="empty" part="empty">
          <p><strong>${t('requestsEmpty')}</strong></p>
          <p>${t('requestsLater')}</p>
        </div>`
        : nothing
    }`;
  }
  return html`${errors}${renderOfferLink(area)}
    ${
      enrolments.length > 0
        ? html`${renderHeading(area.sectionLevel + 1, t('enrolmentsHeading'))}
          <ul class="enrolments" part="list">${enrolments.map((enrolment) => renderEnrolment(area, enrolment))}</ul>`
        : nothing
    }
    ${invoices.length > 0 ? renderInvoices(area, invoices) : nothing}
    ${submissions.length > 0 ? renderSubmissions(area, submissions) : nothing}
    ${eventRequests.length > 0 ? renderEventRequests(area, eventRequests) : nothing}
    ${renderCancelDialog(area)}`;
}

function renderEnrolment(area: AccountArea, enrolment: MyEnrolment): TemplateResult {
  const { t } = area;
  const title = stageTitle(area, enrolment);
  const days = enrolment.session.days;
  const first = days[0];
  const last = days.at(-1);
  const when =
    first && last
      ? new Intl.DateTimeFormat(`${area.host.ui()}-BE`, { dateStyle: 'long', timeZone: 'UTC' }).formatRange(
          new Date(`${first}T00:00:00Z`),
          new Date(`${last}T00:00:00Z`),
        )
      : '';
  // Any other status is a freed seat held for the child (an offer to accept or decline).
  const status =
    enrolment.status === 'confirmed'
      ? t('enrolmentConfirmed')
      : enrolment.status === 'waitlisted'
        ? t('enrolmentWaitlisted', { position: String(enrolment.waitlistPosition ?? '') })
        : enrolment.status === 'cancelled'
          ? t('enrolmentCancelled')
          : t('enrolmentOffered');
  return html`<li id="enrolment-${enrolment.id}" class="enrolment" part="item" tabindex="-1"
    data-reference=${enrolment.reference}>
    <p><strong>${enrolment.child.firstName} ${enrolment.child.lastName}</strong> —
      <span lang=${title.lang}>${title.text}</span></p>
    <p>${when}, ${enrolment.session.hours.from.slice(0, 5)}–${enrolment.session.hours.to.slice(0, 5)}</p>
    <p class="enrolment-status" data-status=${enrolment.status}>${status}</p>
    <p>${t('enrolmentReference', { reference: enrolment.reference })}</p>
    ${enrolment.residencyUnconfirmed ? html`<p>${t('enrolmentResidencyCheck')}</p>` : nothing}
    ${renderEnrolmentActions(area, enrolment)}
  </li>`;
}
