import { css, html, LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { sharedStyles } from './shared-styles.ts';

export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
}

/**
 * Asks before a destructive action, in a modal `<dialog>`: focus stays inside, Escape cancels,
 * focus starts on the harmless choice and returns to the button that asked.
 */
export class AdminConfirmDialog extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      dialog {
        max-width: min(32rem, calc(100vw - 2rem));
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
    `,
  ];
  static override properties = { request: { state: true } } satisfies PropertyDeclarations;

  private request: ConfirmRequest | undefined;
  private resolve: ((confirmed: boolean) => void) | undefined;

  /** Resolves `true` when the person confirms, `false` when they cancel or press Escape. */
  async ask(request: ConfirmRequest): Promise<boolean> {
    this.resolve?.(false);
    this.request = request;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return false;
    dialog.showModal();
    return new Promise((resolve) => {
      this.resolve = resolve;
    });
  }

  protected override render(): TemplateResult {
    const request = this.request;
    return html`<dialog aria-labelledby="confirm-title" aria-describedby="confirm-message" @close=${this.onClose}>
      <h2 id="confirm-title">${request?.title}</h2>
      <p id="confirm-message">${request?.message}</p>
      <div class="actions">
        <button type="button" class="button secondary" autofocus @click=${() => this.finish('cancel')}>
          ${request?.cancelLabel}
        </button>
        <button type="button" class="button danger" id="confirm" @click=${() => this.finish('confirm')}>
          ${request?.confirmLabel}
        </button>
      </div>
    </dialog>`;
  }

  private finish(returnValue: 'cancel' | 'confirm'): void {
    this.renderRoot.querySelector('dialog')?.close(returnValue);
  }

  private readonly onClose = (event: Event): void => {
    const dialog = event.target as HTMLDialogElement;
    this.resolve?.(dialog.returnValue === 'confirm');
    this.resolve = undefined;
    dialog.returnValue = '';
  };
}

customElements.define('admin-confirm-dialog', AdminConfirmDialog);

declare global {
  interface HTMLElementTagNameMap {
    'admin-confirm-dialog': AdminConfirmDialog;
  }
}
