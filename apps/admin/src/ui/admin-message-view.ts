import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { routePath } from '../routing/routes.ts';
import { AdminView } from './admin-view.ts';

/** A screen that only says something: not found, not allowed with these roles, no commune yet. */
export class AdminMessageView extends AdminView {
  static override properties = {
    heading: {},
    text: {},
  } satisfies PropertyDeclarations;

  heading = '';
  text = '';

  protected override render(): TemplateResult {
    return html`<h1 tabindex="-1">${this.heading}</h1>
      <p>${this.text}</p>
      <p><a href=${routePath({ kind: 'home' })}>${this.t('backHome')}</a></p>`;
  }
}

customElements.define('admin-message-view', AdminMessageView);

declare global {
  interface HTMLElementTagNameMap {
    'admin-message-view': AdminMessageView;
  }
}
