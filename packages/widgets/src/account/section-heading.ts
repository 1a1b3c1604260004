import type { TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../core/heading.ts';

/** A heading at `level`; the section's own one receives focus when the section is shown. */
export function renderHeading(level: number, text: string, id?: string): TemplateResult {
  const tag = headingTag(level);
  return id
    ? staticHtml`<${tag} id=${id} class="subheading" part="subheading" tabindex="-1">${text}</${tag}>`
    : staticHtml`<${tag} class="subheading minor" part="subheading">${text}</${tag}>`;
}
