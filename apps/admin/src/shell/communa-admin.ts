import { css, html, LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { signOut } from '../api/auth-client.ts';
import { chooseLanguage, type Language, localizedName } from '../i18n/languages.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { translate } from '../i18n/messages.ts';
import '../overview/admin-overview.ts';
import { navigate, RouterController } from '../routing/router-controller.ts';
import { routePath, type Section } from '../routing/routes.ts';
import '../sign-in/admin-sign-in.ts';
import '../sign-in/admin-totp-challenge.ts';
import '../ui/admin-message-view.ts';
import type { AdminView } from '../ui/admin-view.ts';
import { ANNOUNCE_EVENT } from '../ui/admin-view.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import './admin-header.ts';
import { LANGUAGE_EVENT } from './admin-header.ts';
import './admin-nav.ts';
import { storedLanguage, storeLanguage } from './language-choice.ts';
import { readMe } from './me-api.ts';
import { NAV_LABELS } from './nav-labels.ts';
import { menuCommune, type Screen, type Session, screenFor } from './screen.ts';
import { loadScreenModule } from './screen-modules.ts';
import { SECOND_FACTOR_EVENT, SIGN_OUT_EVENT, SIGNED_IN_EVENT } from './session-events.ts';

const SECTION_TITLES: Readonly<Record<Section, MessageKey>> = {
  overview: NAV_LABELS.overview,
  families: NAV_LABELS.families,
  stages: NAV_LABELS.stages,
  payments: NAV_LABELS.payments,
  'event-requests': NAV_LABELS['event-requests'],
  forms: NAV_LABELS.forms,
  staff: NAV_LABELS.staff,
  'audit-log': NAV_LABELS['audit-log'],
};

/**
 * The back-office: finds out who is signed in, shows the screen for the URL, and owns what is
 * shared by every screen: the banner, the menu, the live region, the page title and focus.
 */
export class CommunaAdmin extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        min-height: 100vh;
      }

      .skip-link {
        position: absolute;
        inset-inline-start: 1rem;
        top: -10rem;
        z-index: 10;
        padding: 0.75rem 1rem;
        background: #ffffff;
        border: 3px solid var(--_primary);
        border-radius: var(--_radius);
        font-weight: 600;
      }

      .skip-link:focus {
        top: 0.5rem;
      }

      .layout {
        display: grid;
        grid-template-columns: minmax(12rem, 16rem) minmax(0, 1fr);
        gap: 1.5rem;
        padding: 1.5rem 1.25rem;
        max-width: 80rem;
        margin: 0 auto;
      }

      .layout.no-menu {
        grid-template-columns: minmax(0, 1fr);
        max-width: 48rem;
      }

      main:focus {
        outline: none;
      }

      @media (max-width: 48rem) {
        .layout {
          grid-template-columns: minmax(0, 1fr);
        }
      }
    `,
  ];
  static override properties = {
    session: { state: true },
    chosenLanguage: { state: true },
    announcement: { state: true },
  } satisfies PropertyDeclarations;

  private session: Session = { kind: 'loading' };
  private chosenLanguage: Language | undefined = storedLanguage();
  private announcement = '';
  private readonly router = new RouterController(this);
  private shownKey: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener(SIGNED_IN_EVENT, this.onSignedIn);
    this.addEventListener(SECOND_FACTOR_EVENT, this.onSecondFactor);
    this.addEventListener(SIGN_OUT_EVENT, this.onSignOut);
    this.addEventListener(ANNOUNCE_EVENT, this.onAnnounce);
    this.addEventListener(LANGUAGE_EVENT, this.onLanguage);
    void this.loadSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener(SIGNED_IN_EVENT, this.onSignedIn);
    this.removeEventListener(SECOND_FACTOR_EVENT, this.onSecondFactor);
    this.removeEventListener(SIGN_OUT_EVENT, this.onSignOut);
    this.removeEventListener(ANNOUNCE_EVENT, this.onAnnounce);
    this.removeEventListener(LANGUAGE_EVENT, this.onLanguage);
  }

  private get ui(): Language {
    const person = this.session.kind === 'signed-in' ? this.session.me.user.language : null;
    return chooseLanguage(this.chosenLanguage, person, navigator.languages);
  }

  private get screen(): Screen {
    return screenFor(this.session, this.router.route);
  }

  private t(key: MessageKey, params?: Readonly<Record<string, string>>): string {
    return translate(this.ui, key, params);
  }

  private async loadSession(): Promise<void> {
    const result = await readMe();
    if (result.ok) this.session = { kind: 'signed-in', me: result.data };
    else if (result.status === 401) this.session = { kind: 'signed-out', secondFactor: false };
    else this.session = { kind: 'unavailable' };
  }

  protected override willUpdate(): void {
    loadScreenModule(this.screen)?.catch(() => {
      this.session = { kind: 'unavailable' };
    });
  }

  protected override render(): TemplateResult {
    const screen = this.screen;
    const commune = menuCommune(screen);
    const me = this.session.kind === 'signed-in' ? this.session.me : undefined;
    return html`<a class="skip-link" href="#main" @click=${this.skipToMain}>${this.t('skipToContent')}</a>
      <admin-header .ui=${this.ui} .communes=${me?.communes ?? []} .route=${this.router.route}
        .email=${me?.user.email ?? ''}></admin-header>
      <div class="layout ${commune ? '' : 'no-menu'}">
        ${
          commune
            ? html`<admin-nav .ui=${this.ui} .commune=${commune}
                .current=${screen.kind === 'section' ? screen.section : undefined}></admin-nav>`
            : ''
        }
        <main id="main" tabindex="-1">${this.renderScreen(screen)}</main>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>`;
  }

  private renderScreen(screen: Screen): TemplateResult {
    const ui = this.ui;
    const message = (heading: MessageKey, text: string) =>
      html`<admin-message-view .ui=${ui} .heading=${this.t(heading)} .text=${text}></admin-message-view>`;
    switch (screen.kind) {
      case 'loading':
      case 'redirect':
        return html`<p>${this.t('loading')}</p>`;
      case 'unavailable':
        return html`<p role="alert">${this.t('errNetwork')}</p>
          <button type="button" class="button" @click=${() => this.loadSession()}>${this.t('retry')}</button>`;
      case 'sign-in':
        return html`<admin-sign-in .ui=${ui} ?for-invitation=${screen.forInvitation}></admin-sign-in>`;
      case 'challenge':
        return html`<admin-totp-challenge .ui=${ui}></admin-totp-challenge>`;
      case 'enrol':
        return html`<admin-totp-enrolment .ui=${ui} ?has-password=${screen.hasPassword}></admin-totp-enrolment>`;
      case 'no-communes':
        return message('noCommunesTitle', this.t('noCommunesText'));
      case 'not-found':
        return message('notFoundTitle', this.t('notFoundText'));
      case 'forbidden':
        return message(
          'forbiddenTitle',
          this.t('forbiddenText', { commune: this.communeName(screen.commune) }),
        );
      case 'invitation':
        return html`<admin-invitation .ui=${ui} .invitationId=${screen.invitationId}
          .email=${this.session.kind === 'signed-in' ? this.session.me.user.email : ''}></admin-invitation>`;
      case 'section':
        switch (screen.section) {
          case 'overview':
            return html`<admin-overview .ui=${ui} .commune=${screen.commune}></admin-overview>`;
          case 'staff':
            return html`<admin-staff .ui=${ui} .commune=${screen.commune}></admin-staff>`;
          case 'audit-log':
            return html`<admin-audit-log .ui=${ui} .commune=${screen.commune}></admin-audit-log>`;
          case 'families':
            return html`<admin-families .ui=${ui} .commune=${screen.commune}></admin-families>`;
          case 'stages':
            return html`<admin-stages .ui=${ui} .commune=${screen.commune}></admin-stages>`;
          case 'payments':
            return html`<admin-payments .ui=${ui} .commune=${screen.commune}></admin-payments>`;
          case 'event-requests':
            return html`<admin-event-requests .ui=${ui} .commune=${screen.commune}></admin-event-requests>`;
          case 'forms':
            return html`<admin-forms .ui=${ui} .commune=${screen.commune}></admin-forms>`;
        }
    }
  }

  protected override updated(): void {
    const screen = this.screen;
    document.documentElement.lang = this.ui;
    document.title = `${this.screenTitle(screen)} – ${this.t('appName')}`;
    if (screen.kind === 'redirect') {
      navigate(routePath(screen.to), { replace: true });
      return;
    }
    if (screen.kind === 'loading') return;
    const key = `${screen.kind} ${window.location.pathname}`;
    const previous = this.shownKey;
    this.shownKey = key;
    // Focus follows the person to each new screen, not on the page's first one.
    if (previous !== undefined && previous !== key) void this.focusScreen();
  }

  private async focusScreen(): Promise<void> {
    const view = this.renderRoot.querySelector('main')?.firstElementChild;
    if (view?.localName.includes('-')) await customElements.whenDefined(view.localName);
    if (view && 'focusHeading' in view) await (view as AdminView).focusHeading();
    else this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  private screenTitle(screen: Screen): string {
    switch (screen.kind) {
      case 'sign-in':
        return this.t('signInTitle');
      case 'challenge':
        return this.t('challengeTitle');
      case 'enrol':
        return this.t('enrolTitle');
      case 'no-communes':
        return this.t('noCommunesTitle');
      case 'not-found':
        return this.t('notFoundTitle');
      case 'forbidden':
        return this.t('forbiddenTitle');
      case 'invitation':
        return this.t('invitationTitle');
      case 'section':
        return `${this.t(SECTION_TITLES[screen.section])} – ${this.communeName(screen.commune)}`;
      default:
        return this.t('loading');
    }
  }

  private communeName(commune: {
    names: Partial<Record<Language, string>>;
    defaultLanguage: string | null;
  }): string {
    return localizedName(commune.names, this.ui, commune.defaultLanguage);
  }

  private readonly skipToMain = (event: Event): void => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  };

  private readonly onSignedIn = (): void => {
    void this.loadSession();
  };

  private readonly onSecondFactor = (): void => {
    this.session = { kind: 'signed-out', secondFactor: true };
  };

  private readonly onSignOut = async (): Promise<void> => {
    const result = await signOut();
    // Saying "signed out" while the session lives on would mislead on a shared computer.
    if (!result.ok && result.code !== 'unauthorized') {
      this.announcement = this.t(result.code === 'network' ? 'errNetwork' : 'errServer');
      return;
    }
    this.session = { kind: 'signed-out', secondFactor: false };
    this.announcement = this.t('signedOut');
  };

  private readonly onAnnounce = (event: Event): void => {
    if (event instanceof CustomEvent && typeof event.detail === 'string') {
      // Emptied first, so saying the same thing twice is announced twice.
      this.announcement = '';
      void this.updateComplete.then(() => {
        this.announcement = event.detail;
      });
    }
  };

  private readonly onLanguage = (event: Event): void => {
    if (!(event instanceof CustomEvent)) return;
    const language = event.detail as Language;
    this.chosenLanguage = language;
    storeLanguage(language);
  };
}

customElements.define('communa-admin', CommunaAdmin);

declare global {
  interface HTMLElementTagNameMap {
    'communa-admin': CommunaAdmin;
  }
}
