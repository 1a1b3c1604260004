import { html, nothing, type TemplateResult } from 'lit';
import { translate } from './messages.ts';
import type { Language } from './tenant-types.ts';

/** The notice of a commune's test space, where nothing leaves (no e-mail): shown only there. */
export function sandboxBanner(ui: Language, sandbox: boolean | undefined): TemplateResult | typeof nothing {
  return sandbox
    ? html`<p class="sandbox" part="sandbox-banner" role="note">
        <strong>${translate(ui, 'sandboxLabel')}</strong> ${translate(ui, 'sandboxText')}
      </p>`
    : nothing;
}
