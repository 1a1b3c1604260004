import { html, type TemplateResult } from 'lit';
import { createLocalizer } from '../core/localizer.ts';
import type { MySubmission } from './account-api.ts';
import type { AccountArea } from './account-area.ts';
import { renderHeading } from './section-heading.ts';

/** The forms the citizen sent, each with its reference and the status the commune shows them. */
export function renderSubmissions(area: AccountArea, submissions: readonly MySubmission[]): TemplateResult {
  return html`${renderHeading(area.sectionLevel + 1, area.t('submissionsHeading'))}
    <ul class="submissions" part="list">${submissions.map((submission) => renderSubmission(area, submission))}</ul>`;
}

function renderSubmission(area: AccountArea, submission: MySubmission): TemplateResult {
  const localizer = createLocalizer(area.host.ui(), area.host.config()?.languages);
  const title = localizer.content(submission.formTitle);
  const status = localizer.content(submission.statusLabel);
  const date = new Intl.DateTimeFormat(`${area.host.ui()}-BE`, {
    dateStyle: 'long',
    timeZone: 'Europe/Brussels',
  }).format(new Date(submission.submittedAt));
  return html`<li class="submission" part="item submission" data-reference=${submission.reference}>
    <p><strong lang=${title.lang}>${title.text}</strong></p>
    <p>${area.t('submissionSent', { date, reference: submission.reference })}</p>
    <p class="submission-status" data-status=${submission.status}>
      ${area.t('submissionStatus')} <span lang=${status.lang}>${status.text}</span>
    </p>
  </li>`;
}
