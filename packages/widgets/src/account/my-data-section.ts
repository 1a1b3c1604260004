import { html, nothing, type TemplateResult } from 'lit';
import type { AccountArea } from './account-area.ts';
import { renderHeading } from './section-heading.ts';

/** Download everything the commune holds (GDPR access), and ask for erasure after a confirmation. */
export function renderMyDataSection(area: AccountArea): TemplateResult {
  const { t } = area;
  const exportError = area.errorOf('export');
  return html`${renderHeading(area.sectionLevel, t('sectionData'), 'section-heading')}
    <p>${t('dataIntro')}</p>
    ${exportError ? html`<p id="export-alert" class="alert" part="alert" role="alert" tabindex="-1">${area.errorText(exportError)}</p>` : nothing}
    <div class="actions">
      <button type="button" id="download" class="button" part="submit" ?disabled=${area.busy} @click=${area.downloadData}>
        ${t('download')}
      </button>
    </div>
    ${renderHeading(area.sectionLevel + 1, t('erasureHeading'))}
    ${renderErasure(area)}`;
}

function renderErasure(area: AccountArea): TemplateResult {
  const { t } = area;
  const error = area.errorOf('erasure');
  const alert = error
    ? html`<p id="erasure-alert" class="alert" part="alert" role="alert" tabindex="-1">${area.errorText(error)}</p>`
    : nothing;
  switch (area.erasure.step) {
    case 'sent': {
      const date = new Intl.DateTimeFormat(`${area.host.ui()}-BE`, {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'Europe/Brussels',
      }).format(new Date(area.erasure.requestedAt));
      return html`<p id="erasure-sent" class="status" part="status" tabindex="-1">${t('erasureSent', { date })}</p>`;
    }
    case 'confirm':
      return html`<div class="confirm" part="confirm">
        <p id="erasure-confirm-text" tabindex="-1">${t('erasureConfirmText')}</p>
        ${alert}
        <div class="actions">
          <button type="button" class="button danger" part="submit danger" ?disabled=${area.busy} @click=${area.confirmErasure}>
            ${t('erasureConfirm')}
          </button>
          <button type="button" class="button secondary" part="secondary" ?disabled=${area.busy} @click=${area.cancelErasure}>
            ${t('cancel')}
          </button>
        </div>
      </div>`;
    case 'idle':
      return html`<p>${t('erasureIntro')}</p>
        ${alert}
        <div class="actions">
          <button type="button" id="erasure-ask" class="button secondary" part="secondary" @click=${area.askErasure}>
            ${t('erasureAsk')}
          </button>
        </div>`;
  }
}
