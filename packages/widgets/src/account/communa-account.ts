import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { bundleUrl, resolveApiBase } from '../core/api-base.ts';
import { createApiClient } from '../core/api-client.ts';
import { baseStyles } from '../core/base-styles.ts';
import { contextLang } from '../core/context-lang.ts';
import { defineElement } from '../core/define-element.ts';
import { fetchTenant } from '../core/fetch-tenant.ts';
import { headingTag } from '../core/heading.ts';
import { LangObserverController } from '../core/lang-observer-controller.ts';
import { resolveUiLanguage } from '../core/resolve-language.ts';
import { type SessionStore, sessionStore } from '../core/session-store.ts';
import type { Language, PublicTenant } from '../core/tenant-types.ts';
import { TenantThemeController } from '../core/theme.ts';
import { urlParamName } from '../core/url-state.ts';
import { type UrlStateCause, UrlStateController } from '../core/url-state-controller.ts';
import { AccountArea, type AreaHost } from './account-area.ts';
import { EMAIL_PATTERN } from './account-forms.ts';
import { type AccountMessageKey, accountText } from './account-messages.ts';
import { readAreaLocation } from './area-location.ts';
import {
  type AuthContext,
  type AuthError,
  type Person,
  readSession,
  sendSignInCode,
  signOut,
  verifySignInCode,
} from './auth-client.ts';
import { accountStyles } from './communa-account-styles.ts';

export const SIGN_IN_EVENT = 'communa-sign-in';
export const SIGN_OUT_EVENT = 'communa-sign-out';
export const DEFAULT_ACCOUNT_PARAM = 'communa-account';

type View =
  | { kind: 'loading' }
  | { kind: 'unavailable'; error: 'tenant' | 'network' | 'server' }
  | { kind: 'email' }
  | { kind: 'code'; email: string }
  | { kind: 'signed-in'; area: AccountArea };

/** What the current form shows as wrong: a field's own error or a general one. */
type FormError = AuthError | 'email' | 'code-format' | 'session-ended';

const ERROR_TEXT: Readonly<Record<FormError, AccountMessageKey>> = {
  email: 'errorEmail',
  'code-format': 'errorCodeFormat',
  'session-ended': 'errorSessionExpired',
  'code-invalid': 'errorCodeInvalid',
  'code-expired': 'errorCodeExpired',
  'code-locked': 'errorCodeLocked',
  'rate-limited': 'errorRateLimited',
  tenant: 'errorTenant',
  unauthorized: 'errorServer',
  network: 'errorNetwork',
  server: 'errorServer',
};
const CODE_FIELD_ERRORS = new Set<FormError>(['code-format', 'code-invalid', 'code-expired', 'code-locked']);
const CODE_PATTERN = /^\d{6}$/;

/**
 * A citizen's account with a commune: sign-in with an e-mail one-time code, then the session is a
 * bearer token kept in this site's storage for this commune (no third-party cookie), ended after
 * 12 hours without use or by signing out. Signed in, it is the citizen's account area in that
 * commune: profile, household, children (shared with the other parent of separated parents),
 * requests, download of their data and erasure request (account-area.ts and one module per section).
 *
 * @element communa-account
 *
 * @attr tenant - The commune's slug, for example `liege`.
 * @attr api - Origin of the Communa API; by default the origin the widget was loaded from.
 * @attr lang - Interface language (fr, nl, de, en); by default the page's, else the commune's.
 * @attr heading-level - Level of the box's heading, 1–6 (default 2).
 * @attr url-param - Query parameter that holds the section shown once signed in (default
 *   `communa-account`: `?communa-account=children`, or `health-sheet-<childId>` for a child's
 *   health sheet), so it can be bookmarked and back works.
 *
 * @fires communa-sign-in - The citizen signed in (`detail: { tenant }`).
 * @fires communa-sign-out - The citizen signed out (`detail: { tenant }`).
 *
 * @csspart root - The account box; carries the theme.
 * @csspart heading - The box's heading.
 * @csspart form - The e-mail or code form.
 * @csspart input - A text field.
 * @csspart submit - A form's main button.
 * @csspart secondary - A secondary button.
 * @csspart alert - An error message.
 * @csspart error-summary - The list of a form's errors, each linking to its field (also `alert`).
 * @csspart nav - The list of the account area's sections.
 * @csspart tab - A section's button in that list (`aria-current="true"` on the one shown).
 * @csspart section - The section shown.
 * @csspart subheading - A section's heading.
 * @csspart status - A saved state: the declared residency, a sent erasure request.
 * @csspart list - The list of children, or of invitations to share them with the other parent.
 * @csspart item - A child or an invitation in such a list (an invitation is also `invitation`, a form
 *   sent `submission`, an event permit request `event-request`).
 * @csspart event-request-detail - An event permit request opened to follow it.
 * @csspart asked - What the commune asked to complete an incomplete event permit request.
 * @csspart decision - The commune's decision on an event permit request.
 * @csspart decision-letter - The button downloading its letter (PDF; also `secondary`).
 * @csspart history - The steps of an event permit request.
 * @csspart fieldset - The group of checkboxes choosing the children to share.
 * @csspart checkbox - A checkbox in that group.
 * @csspart radio - A yes/no choice (the health sheet's photo consent).
 * @csspart empty - The empty state of "My requests".
 * @csspart confirm - The confirmation step of the erasure request.
 * @csspart danger - A button that asks for something irreversible (also `submit`).
 * @csspart sign-out - The sign-out button (also `secondary`).
 * @csspart sign-out-everywhere - The button that ends every session of the citizen (also `secondary`).
 *
 * @cssprop --communa-color-primary - Buttons and the box's accent (default: the commune's theme).
 * @cssprop --communa-color-on-primary - Text on primary-coloured buttons.
 * @cssprop --communa-color-accent - Focus ring.
 * @cssprop --communa-color-surface - Background of the box and fields.
 * @cssprop --communa-color-text - Text colour.
 * @cssprop --communa-radius - Corner radius.
 * @cssprop --communa-font - Font family (default `inherit`).
 */
export class CommunaAccount extends LitElement {
  static override styles = [baseStyles, accountStyles];
  static override properties = {
    tenant: {},
    api: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    urlParam: { attribute: 'url-param' },
    view: { state: true },
    error: { state: true },
    busy: { state: true },
    announcement: { state: true },
  } satisfies PropertyDeclarations;

  tenant = '';
  api = '';
  headingLevel = 2;
  urlParam = DEFAULT_ACCOUNT_PARAM;
  private view: View = { kind: 'loading' };
  private error: FormError | undefined;
  private busy = false;
  private announcement = '';
  private config: PublicTenant | undefined;
  private readonly theme = new TenantThemeController(this, () => this.config?.theme);
  private loadedKey: string | undefined;
  private focusSelector: string | undefined;

  private readonly urlState = new UrlStateController(
    this,
    () => urlParamName(this.urlParam, DEFAULT_ACCOUNT_PARAM),
    (value, _previous, cause) => this.handleUrlChange(value, cause),
  );

  constructor() {
    super();
    new LangObserverController(this);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('urlParam') && this.hasUpdated) this.urlState.sync('initial');
    const key = `${this.apiBase} ${this.tenant}`;
    if (key !== this.loadedKey) {
      this.loadedKey = key;
      void this.load();
    }
  }

  protected override updated(): void {
    if (this.focusSelector) {
      this.renderRoot.querySelector<HTMLElement>(this.focusSelector)?.focus();
      this.focusSelector = undefined;
    }
  }

  protected override render(): TemplateResult {
    const tag = headingTag(this.headingLevel);
    return html`<section class="root" part="root" lang=${this.ui} aria-labelledby="heading" aria-busy=${this.busy}>
      ${staticHtml`<${tag} id="heading" class="heading" part="heading" tabindex="-1">${this.t('title')}</${tag}>`}
      ${this.renderView()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  /**
   * Brings the visitor to the sign-in form (another element, such as `<communa-stages>`, sends them
   * here): scrolls to the element and focuses the e-mail field, or the heading once signed in.
   */
  focusSignIn(): void {
    this.scrollIntoView({ block: 'start' });
    const target =
      this.renderRoot.querySelector<HTMLElement>('#email') ??
      this.renderRoot.querySelector<HTMLElement>('#heading');
    target?.focus();
  }

  private renderView(): TemplateResult | typeof nothing {
    switch (this.view.kind) {
      case 'loading':
        return html`<p>${this.t('loading')}</p>`;
      case 'unavailable':
        return html`<p class="alert" part="alert" role="alert">${this.t(ERROR_TEXT[this.view.error])}</p>`;
      case 'email':
        return this.renderEmailForm();
      case 'code':
        return this.renderCodeForm(this.view.email);
      case 'signed-in':
        return html`${this.view.area.render()}
          <div class="actions session">
            <button type="button" class="button secondary" part="secondary sign-out" ?disabled=${this.busy} @click=${() => this.endSession(false)}>
              ${this.t('signOut')}
            </button>
            <button type="button" class="button secondary" part="secondary sign-out-everywhere" ?disabled=${this.busy} @click=${() => this.endSession(true)}>
              ${this.t('signOutEverywhere')}
            </button>
          </div>`;
    }
  }

  private renderEmailForm(): TemplateResult {
    const fieldError = this.error === 'email';
    return html`<p>${this.t('intro')}</p>
      ${this.renderGeneralError(fieldError)}
      <form part="form" novalidate @submit=${this.onEmailSubmit}>
        <label for="email">${this.t('emailLabel')}</label>
        <input id="email" name="email" type="email" part="input" autocomplete="email" required
          aria-invalid=${fieldError ? 'true' : 'false'} aria-describedby=${fieldError ? 'email-error' : nothing} />
        ${fieldError ? html`<p id="email-error" class="field-error">${this.t('errorEmail')}</p>` : nothing}
        <div class="actions">
          <button type="submit" class="button" part="submit" ?disabled=${this.busy}>${this.t('sendCode')}</button>
        </div>
      </form>`;
  }

  private renderCodeForm(email: string): TemplateResult {
    const fieldError = this.error !== undefined && CODE_FIELD_ERRORS.has(this.error) ? this.error : undefined;
    return html`<p>${this.t('codeSent', { email })}</p>
      ${this.renderGeneralError(fieldError !== undefined)}
      <form part="form" novalidate @submit=${this.onCodeSubmit}>
        <label for="code">${this.t('codeLabel')}</label>
        <p id="code-hint" class="hint">${this.t('codeHint')}</p>
        <input id="code" name="code" part="input" inputmode="numeric" autocomplete="one-time-code" maxlength="6"
          required aria-invalid=${fieldError ? 'true' : 'false'}
          aria-describedby=${fieldError ? 'code-hint code-error' : 'code-hint'} />
        ${fieldError ? html`<p id="code-error" class="field-error">${this.t(ERROR_TEXT[fieldError])}</p>` : nothing}
        <div class="actions">
          <button type="submit" class="button" part="submit" ?disabled=${this.busy}>${this.t('signIn')}</button>
          <button type="button" class="button secondary" part="secondary" ?disabled=${this.busy} @click=${() => this.resend(email)}>
            ${this.t('resend')}
          </button>
          <button type="button" class="button secondary" part="secondary" ?disabled=${this.busy} @click=${this.otherAddress}>
            ${this.t('otherAddress')}
          </button>
        </div>
      </form>`;
  }

  /** An error that is not about one field, or the summary of a field's error, announced at once. */
  private renderGeneralError(isFieldError: boolean): TemplateResult | typeof nothing {
    if (!this.error) return nothing;
    const text = this.t(ERROR_TEXT[this.error]);
    return html`<p class="alert" part="alert" role="alert">
      ${isFieldError ? html`${this.t('errorSummary')} ${text}` : text}
    </p>`;
  }

  private async load(): Promise<void> {
    this.view = { kind: 'loading' };
    const result = await fetchTenant(createApiClient(this.apiBase), this.tenant.trim());
    if (!result.ok) {
      this.view = {
        kind: 'unavailable',
        error: result.error === 'not-found' || result.error === 'forbidden' ? 'tenant' : result.error,
      };
      return;
    }
    this.config = result.tenant;
    const token = this.store.read();
    if (!token) {
      this.view = { kind: 'email' };
      return;
    }
    const session = await readSession(this.context, token);
    if (session.ok) {
      this.enterArea(session.person);
    } else {
      if (session.error === 'unauthorized') this.store.clear();
      this.view = { kind: 'email' };
    }
  }

  private readonly onEmailSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const email = this.fieldValue('#email').trim();
    if (!EMAIL_PATTERN.test(email)) return this.fail('email', '#email');
    await this.send(email);
  };

  private async send(email: string): Promise<void> {
    this.busy = true;
    const result = await sendSignInCode(this.context, email);
    this.busy = false;
    if (!result.ok) return this.fail(result.error, this.view.kind === 'code' ? '#code' : '#email');
    this.error = undefined;
    this.view = { kind: 'code', email };
    this.announcement = this.t('codeSent', { email });
    this.focusSelector = '#code';
  }

  private readonly resend = (email: string): Promise<void> => this.send(email);

  private readonly onCodeSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.view.kind !== 'code') return;
    const { email } = this.view;
    const code = this.fieldValue('#code').replace(/\s+/g, '');
    if (!CODE_PATTERN.test(code)) return this.fail('code-format', '#code');
    this.busy = true;
    const result = await verifySignInCode(this.context, email, code);
    this.busy = false;
    if (!result.ok) return this.fail(result.error, '#code');
    this.store.write(result.token);
    this.error = undefined;
    const session = await readSession(this.context, result.token);
    this.enterArea(session.ok ? session.person : { email, name: '', language: null });
    this.announcement = this.t('signedInAs', { email });
    this.focusSelector = '#heading';
    this.dispatchEvent(
      new CustomEvent(SIGN_IN_EVENT, { detail: { tenant: this.tenant }, bubbles: true, composed: true }),
    );
  };

  private readonly otherAddress = (): void => {
    this.error = undefined;
    this.view = { kind: 'email' };
    this.focusSelector = '#email';
  };

  private async endSession(everywhere: boolean): Promise<void> {
    const token = this.store.read();
    this.busy = true;
    // The token is forgotten here whatever the server answers: this device is signed out.
    if (token) await signOut(this.context, token, everywhere);
    this.busy = false;
    this.store.clear();
    this.view = { kind: 'email' };
    this.announcement = this.t('signedOut');
    this.focusSelector = '#email';
    this.dispatchEvent(
      new CustomEvent(SIGN_OUT_EVENT, { detail: { tenant: this.tenant }, bubbles: true, composed: true }),
    );
  }

  private enterArea(person: Person): void {
    this.view = { kind: 'signed-in', area: new AccountArea(this.areaHost, person, this.urlState.value) };
  }

  /** Back/forward between sections; focus follows only when the visitor is in the element. */
  private handleUrlChange(value: string | null, cause: UrlStateCause): void {
    if (cause !== 'history' || this.view.kind !== 'signed-in') return;
    this.view.area.restoreLocation(readAreaLocation(value), this.matches(':focus-within'));
  }

  /** The session ended on the server (expired, or revoked from another device). */
  private sessionEnded(): void {
    this.store.clear();
    this.view = { kind: 'email' };
    this.fail('session-ended', '#email');
  }

  /** What the signed-in area may use of the element. */
  private readonly areaHost: AreaHost = {
    ui: () => this.ui,
    config: () => this.config,
    headingLevel: () => this.headingLevel,
    requestUpdate: () => this.requestUpdate(),
    t: (key, params) => this.t(key, params),
    authContext: () => this.context,
    token: () => this.store.read(),
    announce: (text) => {
      // The same message twice (saving twice) must change the live region, or it is not read again.
      this.announcement = this.announcement === text ? `${text}\u00a0` : text;
    },
    focusAfterUpdate: (selector) => {
      this.focusSelector = selector;
    },
    sessionEnded: () => this.sessionEnded(),
    pushLocation: (value) => this.urlState.push(value),
  };

  private fail(error: FormError, focus: string): void {
    this.error = error;
    this.focusSelector = focus;
  }

  private fieldValue(selector: string): string {
    return this.renderRoot.querySelector<HTMLInputElement>(selector)?.value ?? '';
  }

  private get apiBase(): string {
    return resolveApiBase(this.api, bundleUrl, document.baseURI);
  }

  private get ui(): Language {
    return resolveUiLanguage(contextLang(this), this.config?.languages.default);
  }

  private get context(): AuthContext {
    return { apiBase: this.apiBase, tenant: this.tenant.trim(), lang: this.ui };
  }

  private get store(): SessionStore {
    return sessionStore(this.apiBase, this.tenant.trim());
  }

  private t(key: AccountMessageKey, params?: Readonly<Record<string, string>>): string {
    return accountText(this.ui, key, params);
  }
}

defineElement('communa-account', CommunaAccount);

declare global {
  interface HTMLElementTagNameMap {
    'communa-account': CommunaAccount;
  }
}
