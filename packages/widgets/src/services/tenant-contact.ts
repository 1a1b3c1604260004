import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../core/heading.ts';
import type { Localizer } from '../core/localizer.ts';
import { mailtoUrl, safeUrl, telUrl } from '../core/safe-url.ts';
import type { PublicTenant } from '../core/tenant-types.ts';

/** The commune's contact details and privacy notice, for visitors with a question about a service. */
export function renderTenantContact(
  tenant: PublicTenant,
  l: Localizer,
  headingLevel: number,
): TemplateResult {
  const { email, phone, website, address } = tenant.contact;
  const tag = headingTag(headingLevel);
  const websiteUrl = safeUrl(website);
  const street = [address.street, address.number, address.box ? `${l.t('box')} ${address.box}` : '']
    .filter(Boolean)
    .join(' ');
  const privacyUrl = safeUrl(tenant.privacyNoticeUrl);
  return html`
    ${staticHtml`<${tag} class="contact-title" part="contact-title">${l.t('contact')}</${tag}>`}
    <dl class="contact" part="contact">
      <dt>${l.t('address')}</dt>
      <dd>${street}<br />${address.postalCode} ${address.city}</dd>
      <dt>${l.t('email')}</dt>
      <dd><a href=${ifDefined(mailtoUrl(email))}>${email}</a></dd>
      <dt>${l.t('phone')}</dt>
      <dd><a href=${ifDefined(telUrl(phone))}>${phone}</a></dd>
      ${
        websiteUrl
          ? html`<dt>${l.t('website')}</dt>
              <dd><a href=${websiteUrl}>${readableUrl(websiteUrl)}</a></dd>`
          : nothing
      }
    </dl>
    ${privacyUrl ? html`<p class="privacy"><a part="privacy-link" href=${privacyUrl}>${l.t('privacyNotice')}</a></p>` : nothing}
  `;
}

/** `https://www.liege.be/` → `www.liege.be`: what people read and type. */
function readableUrl(href: string): string {
  const url = new URL(href);
  return `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
}
