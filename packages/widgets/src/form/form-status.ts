import { html, nothing, type TemplateResult } from 'lit';
import type { FieldView } from './field-view.ts';
import type { ErrorEntry } from './form-errors.ts';
import { controlId } from './form-paths.ts';

export const ERROR_SUMMARY_ID = 'error-summary';

/** The errors of the step at the top of the form, each a link that moves focus to its field. */
export function renderErrorSummary(
  view: FieldView,
  entries: readonly ErrorEntry[],
  intro: string,
  focusControl: (path: string) => void,
): TemplateResult | typeof nothing {
  if (entries.length === 0) return nothing;
  return html`<div id=${ERROR_SUMMARY_ID} class="error-summary" part="error-summary alert" role="alert" tabindex="-1"
    aria-labelledby="error-summary-title">
    ${view.heading(view.sectionLevel, view.t('errorSummaryTitle'), 'error-summary-title')}
    <p>${intro}</p>
    <ul>
      ${entries.map((entry) =>
        entry.control
          ? html`<li><a href=${`#${controlId(entry.control, view.idScope)}`} @click=${(event: Event) => {
              event.preventDefault();
              focusControl(entry.control);
            }}>${entry.summary}</a></li>`
          : html`<li>${entry.summary}</li>`,
      )}
    </ul>
  </div>`;
}

/** What the citizen keeps once the form is sent: the reference, when, its status, and where to follow it. */
export function renderReceipt(
  view: FieldView,
  receipt: { reference: string; submittedAt: string; caseSecret?: string | undefined },
  status: string,
  signedIn: boolean,
): TemplateResult {
  const sentOn = new Intl.DateTimeFormat(view.ui, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(new Date(receipt.submittedAt));
  return html`<div class="receipt" part="receipt">
    ${view.heading(view.sectionLevel - 1, view.t('receiptTitle'), 'receipt-heading')}
    <dl class="answers">
      <div class="answer"><dt>${view.t('receiptReference')}</dt><dd class="reference" part="reference">${receipt.reference}</dd></div>
      <div class="answer"><dt>${view.t('receiptDate')}</dt><dd>${sentOn}</dd></div>
      <div class="answer"><dt>${view.t('receiptStatus')}</dt><dd part="status">${status}</dd></div>
    </dl>
    ${
      receipt.caseSecret
        ? html`<dl class="answers">
            <div class="answer"><dt>${view.t('receiptSecret')}</dt><dd class="reference" part="case-secret">${receipt.caseSecret}</dd></div>
          </dl>
          <p><strong>${view.t('receiptSecretKeep')}</strong></p>`
        : html`<p>${view.t('receiptKeep')}</p>`
    }
    ${signedIn ? html`<p>${view.t('receiptAccount')}</p>` : nothing}
  </div>`;
}
