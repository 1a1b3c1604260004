import type { LocalizedDefinition } from '@communa/forms';
import { html, nothing, type TemplateResult } from 'lit';
import { formatAmount } from './answer-format.ts';
import { renderField } from './field-controls.ts';
import type { FieldView } from './field-view.ts';
import { controlId, errorId, type LocalizedField, type LocalizedGroupField } from './form-paths.ts';
import { partOf } from './input-values.ts';

type Answers = Readonly<Record<string, unknown>>;

/** The title of a group's item: "Person 2". */
export function itemTitle(view: FieldView, group: LocalizedGroupField, index: number): string {
  return view.t('itemNumbered', {
    item: group.itemLabel ?? view.t('itemDefault'),
    number: String(index + 1),
  });
}

function renderGroup(view: FieldView, group: LocalizedGroupField, value: unknown): TemplateResult {
  const items = Array.isArray(value) ? value : [];
  const shown = view.state.fields[group.key];
  const addPath = `${group.key}.add`;
  const messages = view.messages.get(addPath) ?? [];
  const item = group.itemLabel ?? view.t('itemDefault');
  return html`<fieldset class="group" part="group" aria-describedby=${messages.length > 0 ? errorId(addPath, view.idScope) : nothing}>
    <legend>${group.label}${shown?.required ? nothing : html` <span class="optional">${view.t('optional')}</span>`}</legend>
    ${group.help ? html`<p class="hint" part="hint">${group.help}</p>` : nothing}
    ${messages.length > 0 ? html`<p id=${errorId(addPath, view.idScope)} class="field-error" part="field-error">${messages.join(' ')}</p>` : nothing}
    ${items.length === 0 ? html`<p class="hint">${view.t('noItems')}</p>` : nothing}
    ${items.map((entry, index) => {
      const title = itemTitle(view, group, index);
      const states = shown?.items?.[index];
      return html`<fieldset class="item" part="item">
        <legend id=${controlId(`${group.key}.${index}`, view.idScope)} tabindex="-1">${title}</legend>
        ${group.fields.map((child) => {
          const state = states?.[child.key];
          if (state?.visible !== true) return nothing;
          return renderField(view, {
            field: child,
            path: `${group.key}.${index}.${child.key}`,
            value: partOf(entry, child.key),
            required: state.required,
          });
        })}
        <div class="actions">
          <button type="button" class="button secondary" part="secondary remove-item"
            @click=${() => view.removeItem(group.key, index)}>${view.t('removeItem', { item: title })}</button>
        </div>
      </fieldset>`;
    })}
    ${
      items.length < group.max
        ? html`<div class="actions">
          <button type="button" id=${controlId(addPath, view.idScope)} class="button secondary" part="secondary add-item"
            aria-describedby=${messages.length > 0 ? errorId(addPath, view.idScope) : nothing}
            @click=${() => view.addItem(group.key)}>${view.t('addItem', { item })}</button>
        </div>`
        : nothing
    }
  </fieldset>`;
}

function renderAnyField(
  view: FieldView,
  field: LocalizedField,
  answers: Answers,
): TemplateResult | typeof nothing {
  const state = view.state.fields[field.key];
  if (state?.visible !== true) return nothing;
  if (field.type === 'group') return renderGroup(view, field, answers[field.key]);
  return renderField(view, { field, path: field.key, value: answers[field.key], required: state.required });
}

/** The computed values with the current answers (a live price), when the form has any. */
export function renderComputed(
  definition: LocalizedDefinition,
  view: FieldView,
): TemplateResult | typeof nothing {
  if (definition.computed.length === 0) return nothing;
  return html`<dl class="computed" part="computed" aria-live="polite">
    ${definition.computed.map(
      (computed) => html`<div>
        <dt>${computed.label}</dt>
        <dd>${formatAmount(view.state.computed[computed.key] ?? 0, view.ui)}</dd>
      </div>`,
    )}
  </dl>`;
}

/** The sections of one page with their shown fields; a section whose fields are all hidden is not shown. */
export function renderPageFields(
  definition: LocalizedDefinition,
  pageIndex: number,
  view: FieldView,
  answers: Answers,
): TemplateResult[] {
  const page = definition.pages[pageIndex];
  if (!page) return [];
  return page.sections.map((section) => {
    const shown = section.fields.some((field) => view.state.fields[field.key]?.visible === true);
    if (!shown) return html``;
    return html`<div class="section" part="section">
      ${section.title ? view.heading(view.sectionLevel, section.title) : nothing}
      ${section.description ? html`<p class="description">${section.description}</p>` : nothing}
      ${section.fields.map((field) => renderAnyField(view, field, answers))}
    </div>`;
  });
}
