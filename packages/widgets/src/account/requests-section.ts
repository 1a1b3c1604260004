import { html, type TemplateResult } from 'lit';
import type { AccountArea } from './account-area.ts';
import { renderHeading } from './section-heading.ts';

/** Requests made to the commune; empty until the services (stages, permits, forms) list theirs here. */
export function renderRequestsSection(area: AccountArea): TemplateResult {
  const { t } = area;
  return html`${renderHeading(area.sectionLevel, t('sectionRequests'), 'section-heading')}
    <div class="empty" part="empty">
      <p><strong>${t('requestsEmpty')}</strong></p>
      <p>${t('requestsLater')}</p>
    </div>`;
}
