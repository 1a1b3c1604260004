import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { verifyBackupCode, verifyTotp } from '../api/auth-client.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { emit, SIGN_OUT_EVENT, SIGNED_IN_EVENT } from '../shell/session-events.ts';
import { AdminView } from '../ui/admin-view.ts';
import { cleanCode, isSixDigits } from './form-checks.ts';

/**
 * The second sign-in step: the code of the person's authenticator app, or one of their backup
 * codes. Used after a password, and for a session whose roles in a commune ask for it.
 */
export class AdminTotpChallenge extends AdminView {
  static override properties = {
    backup: { state: true },
    busy: { state: true },
  } satisfies PropertyDeclarations;

  private backup = false;
  private busy = false;

  protected override render(): TemplateResult {
    const state = this.fieldState('code', this.backup ? undefined : 'code-hint');
    return html`<h1 tabindex="-1">${this.t('challengeTitle')}</h1>
      ${this.renderErrorSummary()}
      <div class="panel">
        <p>${this.t('challengeIntro')}</p>
        <form novalidate @submit=${this.onSubmit}>
          <div class="field">
            <label for="code">${this.t(this.backup ? 'backupCode' : 'totpCode')}</label>
            ${this.backup ? '' : html`<p id="code-hint" class="hint">${this.t('codeHint')}</p>`}
            <input id="code" name="code" type="text" autocomplete="one-time-code"
              inputmode=${this.backup ? 'text' : 'numeric'} required
              aria-invalid=${state.invalid} aria-describedby=${state.describedBy} />
            ${this.renderFieldError('code')}
          </div>
          <div class="actions">
            <button type="submit" class="button" ?disabled=${this.busy}>${this.t('verify')}</button>
          </div>
        </form>
        <p class="actions">
          <button type="button" class="link-button" id="toggle-backup" @click=${this.toggleBackup}>
            ${this.t(this.backup ? 'useTotpCode' : 'useBackupCode')}
          </button>
          <button type="button" class="link-button" @click=${() => emit(this, SIGN_OUT_EVENT)}>
            ${this.t('otherAccount')}
          </button>
        </p>
      </div>`;
  }

  private readonly toggleBackup = async (): Promise<void> => {
    this.backup = !this.backup;
    this.clearErrors();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#code')?.focus();
  };

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const code = this.backup ? this.fieldValue('#code').trim() : cleanCode(this.fieldValue('#code'));
    if (this.backup ? code === '' : !isSixDigits(code)) {
      return this.showErrors([
        { field: 'code', message: this.t(this.backup ? 'errBackupFormat' : 'errCodeFormat') },
      ]);
    }
    this.busy = true;
    const result = this.backup ? await verifyBackupCode(code) : await verifyTotp(code);
    this.busy = false;
    if (!result.ok) return this.showErrors([{ field: 'code', message: this.t(problemMessage(result.code)) }]);
    this.clearErrors();
    emit(this, SIGNED_IN_EVENT);
  };
}

customElements.define('admin-totp-challenge', AdminTotpChallenge);

declare global {
  interface HTMLElementTagNameMap {
    'admin-totp-challenge': AdminTotpChallenge;
  }
}
