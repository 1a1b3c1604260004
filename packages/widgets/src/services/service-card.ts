import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../core/heading.ts';
import type { Localizer } from '../core/localizer.ts';
import { safeUrl } from '../core/safe-url.ts';
import type { PublicService } from '../core/tenant-types.ts';
import { serviceKindLabel } from './service-kind.ts';

export interface ServiceCardOptions {
  headingLevel: number;
  onChoose: (key: string) => void;
}

/** One service in the directory: title, kind, description, and its two actions. */
export function renderServiceCard(
  service: PublicService,
  l: Localizer,
  { headingLevel, onChoose }: ServiceCardOptions,
): TemplateResult {
  const title = l.content(service.title);
  const description = l.content(service.description);
  const tag = headingTag(headingLevel);
  // Visible labels repeat on every card; the hidden title makes each control's name unique.
  const hiddenTitle = html`<span class="visually-hidden" lang=${title.lang}>: ${title.text}</span>`;
  return html`
    <li class="card" part="card">
      ${staticHtml`<${tag} class="card-title" part="card-title" lang=${title.lang}>${title.text}</${tag}>`}
      <p class="kind" part="card-kind">${l.t(serviceKindLabel(service.kind))}</p>
      <p class="description" part="card-description" lang=${description.lang}>${description.text}</p>
      <div class="actions">
        <button
          type="button"
          class="button secondary"
          part="details-button"
          data-service=${service.key}
          @click=${() => onChoose(service.key)}
        >${l.t('details')}${hiddenTitle}</button>
        <a class="button" part="open-link" href=${ifDefined(safeUrl(service.pageUrl))}>${l.t('open')}${hiddenTitle}</a>
      </div>
    </li>
  `;
}
