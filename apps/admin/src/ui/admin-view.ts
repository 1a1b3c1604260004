import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Language } from '../i18n/languages.ts';
import { FALLBACK_LANGUAGE } from '../i18n/languages.ts';
import type { MessageKey, MessageParams } from '../i18n/messages.ts';
import { translate } from '../i18n/messages.ts';
import { sharedStyles } from './shared-styles.ts';

export const ANNOUNCE_EVENT = 'admin-announce';

/** Something to fix before a form can go: the field it is about, when there is one. */
export interface FormError {
  message: string;
  field?: string;
}

/**
 * What every screen does the same way: text in the interface language, a heading the shell moves
 * focus to, announcements through the shell's live region, and the error summary.
 */
export class AdminView extends LitElement {
  static override styles = [sharedStyles];
  static override properties: PropertyDeclarations = {
    ui: {},
    errors: { state: true },
  };

  ui: Language = FALLBACK_LANGUAGE;
  protected errors: FormError[] = [];

  protected t(key: MessageKey, params?: MessageParams): string {
    return translate(this.ui, key, params);
  }

  /** Puts focus on the screen's `h1`, so a screen reader starts reading the new screen. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  protected announce(text: string): void {
    this.dispatchEvent(new CustomEvent(ANNOUNCE_EVENT, { detail: text, bubbles: true, composed: true }));
  }

  /** Shows the errors and takes focus to their summary, whose links lead to each field. */
  protected async showErrors(errors: FormError[]): Promise<void> {
    this.errors = errors;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  protected clearErrors(): void {
    this.errors = [];
  }

  protected fieldError(field: string): FormError | undefined {
    return this.errors.find((error) => error.field === field);
  }

  /** `aria-invalid` and `aria-describedby` of a field, with its hint when it has one. */
  protected fieldState(
    field: string,
    hintId?: string,
  ): { invalid: 'true' | 'false'; describedBy: string | typeof nothing } {
    const ids = [hintId, this.fieldError(field) ? `${field}-error` : undefined].filter(Boolean);
    return {
      invalid: this.fieldError(field) ? 'true' : 'false',
      describedBy: ids.length > 0 ? ids.join(' ') : nothing,
    };
  }

  protected renderFieldError(field: string): TemplateResult | typeof nothing {
    const error = this.fieldError(field);
    return error ? html`<p id="${field}-error" class="field-error">${error.message}</p>` : nothing;
  }

  /** While data loads; once loading failed, the error summary says why instead. */
  protected renderLoading(): TemplateResult | typeof nothing {
    return this.errors.length === 0 ? html`<p aria-live="polite">${this.t('loading')}</p>` : nothing;
  }

  protected renderErrorSummary(): TemplateResult | typeof nothing {
    if (this.errors.length === 0) return nothing;
    return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">${this.t('errorSummaryTitle')}</h2>
      <ul>
        ${this.errors.map((error) =>
          error.field
            ? html`<li><a href="#${error.field}" @click=${(event: Event) => this.focusField(event, error.field)}>${error.message}</a></li>`
            : html`<li>${error.message}</li>`,
        )}
      </ul>
    </div>`;
  }

  private focusField(event: Event, field: string | undefined): void {
    event.preventDefault();
    if (field) this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
  }

  protected fieldValue(selector: string): string {
    return this.renderRoot.querySelector<HTMLInputElement>(selector)?.value ?? '';
  }
}
