import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Commune } from '../api/api-types.ts';
import { formatList } from '../i18n/format.ts';
import { pickName } from '../i18n/languages.ts';
import { routePath } from '../routing/routes.ts';
import { navItems } from '../shell/nav-items.ts';
import { NAV_LABELS } from '../shell/nav-labels.ts';
import { AdminView } from '../ui/admin-view.ts';
import { roleLabel } from '../ui/role-labels.ts';

/** A commune's start page: the person's roles there and the screens they open. */
export class AdminOverview extends AdminView {
  static override properties = { commune: { attribute: false } } satisfies PropertyDeclarations;

  commune: Commune | undefined;

  protected override render(): TemplateResult {
    const commune = this.commune;
    if (!commune) return html`<h1 tabindex="-1">${this.t('navOverview')}</h1>`;
    const name = pickName(commune.names, this.ui, commune.defaultLanguage);
    const roles = formatList(
      this.ui,
      commune.roles.map((role) => roleLabel(this.ui, role)),
    );
    const screens = navItems(commune.roles).filter((item) => item.section && item.section !== 'overview');
    return html`<h1 tabindex="-1" lang=${name.lang}>${name.text}</h1>
      <p>${this.t('yourRoles', { roles })}</p>
      <p>${this.t(commune.source === 'code' ? 'sourceCode' : 'sourceAdmin')}</p>
      ${
        screens.length > 0
          ? html`<h2>${this.t('overviewServices')}</h2>
            <ul>
              ${screens.map((item) =>
                item.section
                  ? html`<li><a href=${routePath({ kind: 'commune', slug: commune.slug, section: item.section })}>
                      ${this.t(NAV_LABELS[item.key])}</a></li>`
                  : '',
              )}
            </ul>`
          : ''
      }`;
  }
}

customElements.define('admin-overview', AdminOverview);

declare global {
  interface HTMLElementTagNameMap {
    'admin-overview': AdminOverview;
  }
}
