import { css, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { renderSVG } from 'uqr';
import { type Enrolment, enableTwoFactor, verifyTotp } from '../api/auth-client.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { emit, SIGN_OUT_EVENT, SIGNED_IN_EVENT } from '../shell/session-events.ts';
import { AdminView } from '../ui/admin-view.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import { cleanCode, isSixDigits } from './form-checks.ts';
import { groupSecret, totpSecret } from './totp-secret.ts';

type Step = { kind: 'start' } | { kind: 'scan'; enrolment: Enrolment } | { kind: 'backup'; codes: string[] };

/**
 * Sets up the TOTP second factor: the QR code as inline SVG (the policy allows no `data:` image)
 * and the key as text, the first code to prove it works, then the backup codes, shown once.
 */
export class AdminTotpEnrolment extends AdminView {
  static override styles = [
    sharedStyles,
    css`
      .qr {
        width: min(16rem, 100%);
        background: #ffffff;
        padding: 0.5rem;
        border: 1px solid #d5d9de;
      }

      .qr svg {
        display: block;
        width: 100%;
        height: auto;
      }

      .secret {
        font-size: 1.15rem;
        letter-spacing: 0.05em;
        word-spacing: 0.3em;
      }

      .codes {
        columns: 2 10rem;
        font-size: 1.1rem;
      }
    `,
  ];
  static override properties = {
    hasPassword: { type: Boolean, attribute: 'has-password' },
    step: { state: true },
    busy: { state: true },
  } satisfies PropertyDeclarations;

  hasPassword = false;
  private step: Step = { kind: 'start' };
  private busy = false;

  protected override render(): TemplateResult {
    return html`<h1 tabindex="-1">${this.t('enrolTitle')}</h1>
      ${this.renderErrorSummary()}
      <div class="panel">${this.renderStep()}</div>`;
  }

  private renderStep(): TemplateResult {
    switch (this.step.kind) {
      case 'start':
        return this.renderStart();
      case 'scan':
        return this.renderScan(this.step.enrolment);
      case 'backup':
        return this.renderBackup(this.step.codes);
    }
  }

  private renderStart(): TemplateResult {
    const state = this.fieldState('password');
    return html`<p>${this.t('enrolIntro')}</p>
      <form novalidate @submit=${this.onStart}>
        ${
          this.hasPassword
            ? html`<p>${this.t('enrolPasswordIntro')}</p>
              <div class="field">
                <label for="password">${this.t('password')}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required
                  aria-invalid=${state.invalid} aria-describedby=${state.describedBy} />
                ${this.renderFieldError('password')}
              </div>`
            : ''
        }
        <div class="actions">
          <button type="submit" class="button" ?disabled=${this.busy}>${this.t('begin')}</button>
          <button type="button" class="button secondary" @click=${() => emit(this, SIGN_OUT_EVENT)}>
            ${this.t('otherAccount')}
          </button>
        </div>
      </form>`;
  }

  private renderScan(enrolment: Enrolment): TemplateResult {
    const state = this.fieldState('code', 'code-hint');
    const svg = renderSVG(enrolment.totpURI, { ecc: 'M', border: 2 });
    return html`<h2 tabindex="-1" id="step">${this.t('enrolScan')}</h2>
      <div class="qr" role="img" aria-label=${this.t('qrLabel')}>${unsafeSVG(svg)}</div>
      <p>${this.t('enrolManual')}</p>
      <p><span class="muted">${this.t('secretKey')}</span>
        <code class="secret" id="totp-secret">${groupSecret(totpSecret(enrolment.totpURI))}</code></p>
      <form novalidate @submit=${this.onConfirm}>
        <div class="field">
          <label for="code">${this.t('enrolConfirm')}</label>
          <p id="code-hint" class="hint">${this.t('codeHint')}</p>
          <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required
            aria-invalid=${state.invalid} aria-describedby=${state.describedBy} />
          ${this.renderFieldError('code')}
        </div>
        <div class="actions">
          <button type="submit" class="button" ?disabled=${this.busy}>${this.t('verify')}</button>
        </div>
      </form>`;
  }

  private renderBackup(codes: string[]): TemplateResult {
    return html`<h2 tabindex="-1" id="step">${this.t('backupTitle')}</h2>
      <p>${this.t('backupIntro')}</p>
      <ul class="codes" id="backup-codes">${codes.map((code) => html`<li><code>${code}</code></li>`)}</ul>
      <div class="actions">
        <button type="button" class="button" id="backup-done" @click=${() => emit(this, SIGNED_IN_EVENT)}>
          ${this.t('backupDone')}
        </button>
      </div>`;
  }

  private async goTo(step: Step): Promise<void> {
    this.clearErrors();
    this.step = step;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#step')?.focus();
  }

  private readonly onStart = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const password = this.hasPassword ? this.fieldValue('#password') : undefined;
    if (password === '')
      return this.showErrors([{ field: 'password', message: this.t('errPasswordRequired') }]);
    this.busy = true;
    const result = await enableTwoFactor(password);
    this.busy = false;
    if (!result.ok) {
      const field = result.code === 'invalid_password' ? { field: 'password' } : {};
      return this.showErrors([{ ...field, message: this.t(problemMessage(result.code)) }]);
    }
    await this.goTo({ kind: 'scan', enrolment: result.data });
  };

  private readonly onConfirm = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.step.kind !== 'scan') return;
    const code = cleanCode(this.fieldValue('#code'));
    if (!isSixDigits(code)) return this.showErrors([{ field: 'code', message: this.t('errCodeFormat') }]);
    this.busy = true;
    const result = await verifyTotp(code);
    this.busy = false;
    if (!result.ok) return this.showErrors([{ field: 'code', message: this.t(problemMessage(result.code)) }]);
    const codes = this.step.enrolment.backupCodes;
    await this.goTo({ kind: 'backup', codes });
    this.announce(this.t('enrolDone'));
  };
}

customElements.define('admin-totp-enrolment', AdminTotpEnrolment);

declare global {
  interface HTMLElementTagNameMap {
    'admin-totp-enrolment': AdminTotpEnrolment;
  }
}
