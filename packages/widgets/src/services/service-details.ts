import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../core/heading.ts';
import type { Localizer } from '../core/localizer.ts';
import { safeUrl } from '../core/safe-url.ts';
import type { PublicService, PublicTenant } from '../core/tenant-types.ts';
import { serviceKindLabel } from './service-kind.ts';
import { renderTenantContact } from './tenant-contact.ts';

export interface ServiceDetailsOptions {
  headingLevel: number;
  onBack: () => void;
}

export const DETAILS_HEADING_ID = 'details-heading';

/** The panel shown for a chosen service; its heading takes focus when the visitor opens it. */
export function renderServiceDetails(
  service: PublicService,
  tenant: PublicTenant,
  l: Localizer,
  { headingLevel, onBack }: ServiceDetailsOptions,
): TemplateResult {
  const title = l.content(service.title);
  const description = l.content(service.description);
  const tag = headingTag(headingLevel);
  return html`
    <section class="details" part="details" aria-labelledby=${DETAILS_HEADING_ID}>
      <button type="button" class="button secondary back" part="back-button" @click=${onBack}>
        <span aria-hidden="true">←</span>${l.t('backToList')}
      </button>
      ${staticHtml`<${tag} id=${DETAILS_HEADING_ID} class="details-title" part="details-title" tabindex="-1" lang=${title.lang}>${title.text}</${tag}>`}
      <p class="kind" part="details-kind">${l.t(serviceKindLabel(service.kind))}</p>
      <p class="description" part="details-description" lang=${description.lang}>${description.text}</p>
      <div class="actions">
        <a class="button" part="open-link" href=${ifDefined(safeUrl(service.pageUrl))}>${l.t('open')}<span
            class="visually-hidden"
            lang=${title.lang}
            >: ${title.text}</span
          ></a>
      </div>
      ${renderTenantContact(tenant, l, headingLevel + 1)}
    </section>
  `;
}
