import { css, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { MessageAudience } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import type { FormError } from '../ui/admin-view.ts';
import { AdminView } from '../ui/admin-view.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import { mailFamilies } from './stages-api.ts';

/**
 * A message from staff to the families of one session (admins and stage-managers): subject, text
 * and whether the waitlist's families hear it too. The API frames it in each guardian's language.
 */
export class AdminSessionMessage extends AdminView {
  static override styles = [
    sharedStyles,
    css`
      textarea {
        width: 100%;
        min-height: 8rem;
      }
    `,
  ];
  static override properties = {
    tenant: {},
    sessionId: {},
    busy: { state: true },
  } satisfies PropertyDeclarations;

  tenant = '';
  sessionId = '';
  private busy = false;

  protected override render(): TemplateResult {
    const subject = this.fieldState('message-subject');
    const text = this.fieldState('message-text', 'message-hint');
    return html`<form class="panel" id="message-form" aria-labelledby="message-title" novalidate @submit=${this.send}>
      <h2 id="message-title">${this.t('messageTitle')}</h2>
      ${this.renderErrorSummary()}
      <div class="field">
        <label for="message-subject">${this.t('messageSubject')}</label>
        <input id="message-subject" name="subject" maxlength="150" required
          aria-invalid=${subject.invalid} aria-describedby=${subject.describedBy} />
        ${this.renderFieldError('message-subject')}
      </div>
      <div class="field">
        <label for="message-text">${this.t('messageText')}</label>
        <p class="muted" id="message-hint">${this.t('messageHint')}</p>
        <textarea id="message-text" name="text" maxlength="5000" required
          aria-invalid=${text.invalid} aria-describedby=${text.describedBy}></textarea>
        ${this.renderFieldError('message-text')}
      </div>
      <fieldset>
        <legend>${this.t('messageAudience')}</legend>
        <label><input type="radio" name="audience" value="enrolled" checked />
          ${this.t('audienceEnrolled')}</label>
        <label><input type="radio" name="audience" value="enrolled-and-waitlisted" />
          ${this.t('audienceWithWaitlist')}</label>
      </fieldset>
      <div class="actions">
        <button type="submit" class="button" id="message-send" ?disabled=${this.busy}>${this.t('sendMessage')}</button>
      </div>
    </form>`;
  }

  private readonly send = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = event.currentTarget;
    if (!(form instanceof HTMLFormElement)) return;
    const subject = this.fieldValue('#message-subject').trim();
    const text = this.fieldValue('#message-text').trim();
    const missing: FormError[] = [
      ...(subject ? [] : [{ field: 'message-subject', message: this.t('errSubjectRequired') }]),
      ...(text ? [] : [{ field: 'message-text', message: this.t('errMessageRequired') }]),
    ];
    if (missing.length > 0) return this.showErrors(missing);
    const audience: MessageAudience =
      form.querySelector<HTMLInputElement>('input[name="audience"]:checked')?.value ===
      'enrolled-and-waitlisted'
        ? 'enrolled-and-waitlisted'
        : 'enrolled';
    this.busy = true;
    const result = await mailFamilies(this.tenant, this.sessionId, { subject, text, audience });
    this.busy = false;
    if (!result.ok) return this.showErrors([{ message: this.t(problemMessage(result.code)) }]);
    this.clearErrors();
    form.reset();
    this.announce(this.t('messageSent', { count: String(result.data.recipients) }));
  };
}

customElements.define('admin-session-message', AdminSessionMessage);

declare global {
  interface HTMLElementTagNameMap {
    'admin-session-message': AdminSessionMessage;
  }
}
