import { css, html, LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { sharedStyles } from '../ui/shared-styles.ts';

export interface ChoiceRequest {
  title: string;
  label: string;
  options: readonly { value: string; label: string }[];
  submitLabel: string;
  cancelLabel: string;
}

/**
 * Asks for one choice in a list, in a modal `<dialog>` (add a child, move to a session): focus
 * stays inside, Escape cancels, focus returns to the button that asked.
 */
export class AdminChoiceDialog extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      dialog {
        width: min(34rem, calc(100vw - 2rem));
        border: 2px solid var(--_text);
        border-radius: var(--_radius);
        padding: 1.5rem;
      }

      dialog::backdrop {
        background: rgb(0 0 0 / 45%);
      }

      h2 {
        margin-top: 0;
      }

      select {
        width: 100%;
      }
    `,
  ];
  static override properties = { request: { state: true } } satisfies PropertyDeclarations;

  private request: ChoiceRequest | undefined;
  private resolve: ((value: string | undefined) => void) | undefined;

  /** Resolves with the chosen value, or undefined when the person cancels or presses Escape. */
  async ask(request: ChoiceRequest): Promise<string | undefined> {
    this.resolve?.(undefined);
    this.request = request;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return undefined;
    dialog.showModal();
    this.renderRoot.querySelector('select')?.focus();
    return new Promise((resolve) => {
      this.resolve = resolve;
    });
  }

  protected override render(): TemplateResult {
    const request = this.request;
    return html`<dialog aria-labelledby="choice-title" @close=${this.onClose}>
      <h2 id="choice-title">${request?.title}</h2>
      <form method="dialog" @submit=${this.onSubmit}>
        <div class="field">
          <label for="choice">${request?.label}</label>
          <select id="choice" required>
            ${request?.options.map((option) => html`<option value=${option.value}>${option.label}</option>`)}
          </select>
        </div>
        <div class="actions">
          <button type="button" class="button secondary" @click=${() => this.finish(undefined)}>
            ${request?.cancelLabel}
          </button>
          <button type="submit" class="button" id="choice-submit">${request?.submitLabel}</button>
        </div>
      </form>
    </dialog>`;
  }

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    this.finish(this.renderRoot.querySelector('select')?.value);
  };

  private finish(value: string | undefined): void {
    const resolve = this.resolve;
    this.resolve = undefined;
    this.renderRoot.querySelector('dialog')?.close();
    resolve?.(value);
  }

  private readonly onClose = (): void => {
    this.resolve?.(undefined);
    this.resolve = undefined;
  };
}

customElements.define('admin-choice-dialog', AdminChoiceDialog);

declare global {
  interface HTMLElementTagNameMap {
    'admin-choice-dialog': AdminChoiceDialog;
  }
}
