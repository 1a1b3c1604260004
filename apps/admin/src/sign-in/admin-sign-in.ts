import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { sendEmailCode, signInWithEmailCode, signInWithPassword } from '../api/auth-client.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { emit, SECOND_FACTOR_EVENT, SIGNED_IN_EVENT } from '../shell/session-events.ts';
import { AdminView } from '../ui/admin-view.ts';
import { cleanCode, isEmail, isSixDigits } from './form-checks.ts';

type Mode = { kind: 'password' } | { kind: 'code-request' } | { kind: 'code-entry'; email: string };

/** Sign-in with e-mail and password, or with a code sent by e-mail. */
export class AdminSignIn extends AdminView {
  static override properties = {
    forInvitation: { type: Boolean, attribute: 'for-invitation' },
    mode: { state: true },
    busy: { state: true },
  } satisfies PropertyDeclarations;

  forInvitation = false;
  private mode: Mode = { kind: 'password' };
  private busy = false;

  protected override render(): TemplateResult {
    return html`<h1 tabindex="-1">${this.t('signInTitle')}</h1>
      <p>${this.t(this.forInvitation ? 'invitationSignInIntro' : 'signInIntro')}</p>
      ${this.renderErrorSummary()}
      <div class="panel">${this.renderForm()}</div>`;
  }

  private renderForm(): TemplateResult {
    switch (this.mode.kind) {
      case 'password':
        return this.renderPasswordForm();
      case 'code-request':
        return this.renderCodeRequest();
      case 'code-entry':
        return this.renderCodeEntry(this.mode.email);
    }
  }

  private renderEmailField(): TemplateResult {
    const state = this.fieldState('email');
    return html`<div class="field">
      <label for="email">${this.t('email')}</label>
      <input id="email" name="email" type="email" autocomplete="username" required
        aria-invalid=${state.invalid} aria-describedby=${state.describedBy} />
      ${this.renderFieldError('email')}
    </div>`;
  }

  private renderPasswordForm(): TemplateResult {
    const state = this.fieldState('password');
    return html`<form novalidate @submit=${this.onPasswordSubmit}>
        ${this.renderEmailField()}
        <div class="field">
          <label for="password">${this.t('password')}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required
            aria-invalid=${state.invalid} aria-describedby=${state.describedBy} />
          ${this.renderFieldError('password')}
        </div>
        <div class="actions">
          <button type="submit" class="button" ?disabled=${this.busy}>${this.t('signIn')}</button>
        </div>
      </form>
      <p class="actions">
        <button type="button" class="link-button" id="use-code" @click=${() => this.switchTo({ kind: 'code-request' })}>
          ${this.t('useEmailCode')}
        </button>
      </p>`;
  }

  private renderCodeRequest(): TemplateResult {
    return html`<form novalidate @submit=${this.onCodeRequest}>
        ${this.renderEmailField()}
        <div class="actions">
          <button type="submit" class="button" ?disabled=${this.busy}>${this.t('sendCode')}</button>
        </div>
      </form>
      <p class="actions">
        <button type="button" class="link-button" id="use-password" @click=${() => this.switchTo({ kind: 'password' })}>
          ${this.t('usePassword')}
        </button>
      </p>`;
  }

  private renderCodeEntry(email: string): TemplateResult {
    const state = this.fieldState('code', 'code-hint');
    return html`<p>${this.t('codeSent', { email })}</p>
      <form novalidate @submit=${this.onCodeSubmit}>
        <div class="field">
          <label for="code">${this.t('emailCode')}</label>
          <p id="code-hint" class="hint">${this.t('codeHint')}</p>
          <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="7"
            required aria-invalid=${state.invalid} aria-describedby=${state.describedBy} />
          ${this.renderFieldError('code')}
        </div>
        <div class="actions">
          <button type="submit" class="button" ?disabled=${this.busy}>${this.t('signIn')}</button>
          <button type="button" class="button secondary" ?disabled=${this.busy}
            @click=${() => this.switchTo({ kind: 'code-request' })}>${this.t('otherAddress')}</button>
        </div>
      </form>`;
  }

  private async switchTo(mode: Mode): Promise<void> {
    this.clearErrors();
    this.mode = mode;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(mode.kind === 'code-entry' ? '#code' : '#email')?.focus();
  }

  private readonly onPasswordSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const email = this.fieldValue('#email').trim();
    const password = this.fieldValue('#password');
    const errors = [
      ...(isEmail(email) ? [] : [{ field: 'email', message: this.t('errEmail') }]),
      ...(password ? [] : [{ field: 'password', message: this.t('errPasswordRequired') }]),
    ];
    if (errors.length > 0) return this.showErrors(errors);
    this.busy = true;
    const result = await signInWithPassword(email, password);
    this.busy = false;
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.clearErrors();
    emit(this, result.data === 'second-factor' ? SECOND_FACTOR_EVENT : SIGNED_IN_EVENT);
  };

  private readonly onCodeRequest = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const email = this.fieldValue('#email').trim();
    if (!isEmail(email)) return this.showErrors([{ field: 'email', message: this.t('errEmail') }]);
    this.busy = true;
    const result = await sendEmailCode(email);
    this.busy = false;
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    await this.switchTo({ kind: 'code-entry', email });
    this.announce(this.t('codeSent', { email }));
  };

  private readonly onCodeSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.mode.kind !== 'code-entry') return;
    const code = cleanCode(this.fieldValue('#code'));
    if (!isSixDigits(code)) return this.showErrors([{ field: 'code', message: this.t('errCodeFormat') }]);
    this.busy = true;
    const result = await signInWithEmailCode(this.mode.email, code);
    this.busy = false;
    if (!result.ok) return this.showErrors([{ field: 'code', message: this.t(problemMessage(result.code)) }]);
    this.clearErrors();
    emit(this, SIGNED_IN_EVENT);
  };
}

customElements.define('admin-sign-in', AdminSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'admin-sign-in': AdminSignIn;
  }
}
