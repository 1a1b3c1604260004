import { css, html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Commune } from '../api/api-types.ts';
import { FALLBACK_LANGUAGE, LANGUAGE_NAMES, LANGUAGES, type Language, pickName } from '../i18n/languages.ts';
import type { MessageKey, MessageParams } from '../i18n/messages.ts';
import { translate } from '../i18n/messages.ts';
import { navigate } from '../routing/router-controller.ts';
import { inCommune, type Route, routePath } from '../routing/routes.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import { canOpen } from './nav-items.ts';
import { emit, SIGN_OUT_EVENT } from './session-events.ts';

export const LANGUAGE_EVENT = 'admin-language';

/** The banner: the product's name, the commune switcher, the language switcher, who is signed in. */
export class AdminHeader extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.75rem 1.5rem;
        padding: 0.75rem 1.25rem;
        background: #ffffff;
        border-bottom: 3px solid var(--_primary);
      }

      .brand {
        font-weight: 700;
        font-size: 1.15rem;
        color: var(--_text);
        text-decoration: none;
        margin-inline-end: auto;
      }

      form.switcher {
        display: flex;
        align-items: end;
        gap: 0.5rem;
        max-width: none;
      }

      select {
        min-height: 2.75rem;
        padding: 0.25rem 0.5rem;
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        font: inherit;
        background: #ffffff;
        color: inherit;
      }

      .languages {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }

      .languages button[aria-pressed='true'] {
        background: var(--_primary);
        color: var(--_on-primary);
      }

      .account {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem;
      }
    `,
  ];
  static override properties = {
    ui: {},
    communes: { attribute: false },
    route: { attribute: false },
    email: {},
  } satisfies PropertyDeclarations;

  ui: Language = FALLBACK_LANGUAGE;
  /** The communes the person is staff of; none while signed out. */
  communes: readonly Commune[] = [];
  route: Route = { kind: 'home' };
  email = '';

  private t(key: MessageKey, params?: MessageParams): string {
    return translate(this.ui, key, params);
  }

  protected override render(): TemplateResult {
    return html`<header>
      <a class="brand" href=${routePath({ kind: 'home' })}>${this.t('appName')}</a>
      ${this.communes.length > 0 ? this.renderCommuneSwitcher() : nothing}
      ${this.renderLanguages()}
      ${
        this.email
          ? html`<div class="account">
              <span>${this.t('signedInAs', { email: this.email })}</span>
              <button type="button" class="button secondary small" id="sign-out" @click=${() => emit(this, SIGN_OUT_EVENT)}>
                ${this.t('signOut')}
              </button>
            </div>`
          : nothing
      }
    </header>`;
  }

  private renderCommuneSwitcher(): TemplateResult {
    const current = this.route.kind === 'commune' ? this.route.slug : undefined;
    // A form with a button rather than navigating on change: moving through the options with the
    // keyboard must not open another commune at each step.
    return html`<form class="switcher" @submit=${this.onSwitch}>
      <div>
        <label for="commune">${this.t('commune')}</label>
        <select id="commune" name="commune">
          ${this.communes.map((commune) => {
            const name = pickName(commune.names, this.ui, commune.defaultLanguage);
            return html`<option value=${commune.slug} lang=${name.lang} ?selected=${commune.slug === current}>
              ${name.text}
            </option>`;
          })}
        </select>
      </div>
      <button type="submit" class="button secondary small">${this.t('openCommune')}</button>
    </form>`;
  }

  private renderLanguages(): TemplateResult {
    return html`<div role="group" aria-labelledby="language-label">
      <span id="language-label" class="visually-hidden">${this.t('language')}</span>
      <ul class="languages">
        ${LANGUAGES.map(
          (language) => html`<li>
            <button type="button" class="button secondary small" lang=${language} id="language-${language}"
              aria-pressed=${language === this.ui ? 'true' : 'false'} @click=${() => this.choose(language)}>
              ${LANGUAGE_NAMES[language]}
            </button>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private choose(language: Language): void {
    this.dispatchEvent(new CustomEvent(LANGUAGE_EVENT, { detail: language, bubbles: true, composed: true }));
  }

  private readonly onSwitch = (event: SubmitEvent): void => {
    event.preventDefault();
    const slug = this.renderRoot.querySelector('select')?.value;
    const target = this.communes.find((commune) => commune.slug === slug);
    if (!target) return;
    const next = inCommune(this.route, target.slug);
    // The same screen in the other commune when the roles there open it, else its overview.
    navigate(routePath(canOpen(next.section, target.roles) ? next : { ...next, section: 'overview' }));
  };
}

customElements.define('admin-header', AdminHeader);

declare global {
  interface HTMLElementTagNameMap {
    'admin-header': AdminHeader;
  }
}
