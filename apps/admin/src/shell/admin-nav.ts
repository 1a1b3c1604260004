import { css, html, LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Commune } from '../api/api-types.ts';
import { FALLBACK_LANGUAGE, type Language } from '../i18n/languages.ts';
import { translate } from '../i18n/messages.ts';
import { routePath, type Section } from '../routing/routes.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import { navItems } from './nav-items.ts';
import { NAV_LABELS } from './nav-labels.ts';

/**
 * The menu of the commune's services, as far as the person's roles go. Services of a later
 * release are listed as such, as text: never a link that leads nowhere.
 */
export class AdminNav extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }

      li {
        margin: 0 0 0.25rem;
      }

      a,
      .later {
        display: block;
        padding: 0.6rem 0.75rem;
        border-radius: var(--_radius);
        min-height: 1.5rem;
      }

      a {
        text-decoration: none;
        font-weight: 600;
      }

      a:hover {
        text-decoration: underline;
      }

      a[aria-current='page'] {
        background: var(--_primary);
        color: var(--_on-primary);
      }

      .later {
        color: var(--_muted);
      }

      .badge {
        display: block;
        font-size: 0.875rem;
        font-style: italic;
      }
    `,
  ];
  static override properties = {
    ui: {},
    commune: { attribute: false },
    current: {},
  } satisfies PropertyDeclarations;

  ui: Language = FALLBACK_LANGUAGE;
  commune: Commune | undefined;
  current: Section | undefined;

  protected override render(): TemplateResult {
    const commune = this.commune;
    if (!commune) return html``;
    return html`<nav aria-label=${translate(this.ui, 'mainMenu')}>
      <ul>
        ${navItems(commune.roles).map((item) => {
          const label = translate(this.ui, NAV_LABELS[item.key]);
          if (!item.section) {
            return html`<li class="later" data-nav=${item.key}>
              ${label}<span class="badge">(${translate(this.ui, 'laterRelease')})</span>
            </li>`;
          }
          const href = routePath({ kind: 'commune', slug: commune.slug, section: item.section });
          return html`<li>
            <a href=${href} data-nav=${item.key} aria-current=${item.section === this.current ? 'page' : 'false'}>${label}</a>
          </li>`;
        })}
      </ul>
    </nav>`;
  }
}

customElements.define('admin-nav', AdminNav);

declare global {
  interface HTMLElementTagNameMap {
    'admin-nav': AdminNav;
  }
}
