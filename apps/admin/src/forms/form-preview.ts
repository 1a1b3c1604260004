import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../i18n/languages.ts';
import type { MessageKey, MessageParams } from '../i18n/messages.ts';
import { type RuleOp, toRuleSet } from './condition-rules.ts';
import {
  type DraftCondition,
  type DraftDefinition,
  type DraftField,
  type DraftText,
  fieldKeys,
  textIn,
} from './form-draft.ts';

/** What the preview needs: the language shown, the commune's default (citizens' fallback), words. */
export interface PreviewContext {
  language: Language;
  fallback: Language;
  t: (key: MessageKey, params?: MessageParams) => string;
}

const OP_WORDS: Record<RuleOp, MessageKey> = {
  equals: 'editorOpEquals',
  in: 'editorOpIn',
  greaterThan: 'editorOpGreaterThan',
  before: 'editorOpBefore',
  filled: 'editorOpFilled',
};

/** A text as a citizen reading `language` sees it, marked when it falls back to the default language. */
function shown(context: PreviewContext, text: DraftText | undefined): TemplateResult {
  const { text: words, missing } = textIn(text, context.language, context.fallback);
  return html`<span lang=${missing ? context.fallback : context.language}>${words}</span>${
    missing ? html` <span class="missing-mark">(${context.t('editorTranslationMissing')})</span>` : nothing
  }`;
}

/** A condition in words for staff: "Shown when: For whom? is equal to household". */
export function describeCondition(
  condition: DraftCondition | undefined,
  definition: DraftDefinition,
  context: PreviewContext,
): string {
  const set = toRuleSet(condition);
  if (set === undefined) return '';
  if (set === 'complex') return context.t('editorComplexCondition');
  const fields = fieldKeys(definition);
  const parts = set.rules.map((rule) => {
    const field = fields.find((entry) => entry.key === rule.field)?.field;
    const name = field ? textIn(field.label, context.language, context.fallback).text : rule.field;
    const what = `${name} ${context.t(OP_WORDS[rule.op])}${rule.op === 'filled' ? '' : ` ${rule.value}`}`;
    return rule.negate ? `${context.t('editorNegate')}: ${what}` : what;
  });
  return parts.join(` ${context.t(set.combine === 'or' ? 'editorJoinOr' : 'editorJoinAnd')} `);
}

function control(field: DraftField, id: string): TemplateResult {
  switch (field.type) {
    case 'long-text':
      return html`<textarea id=${id} disabled></textarea>`;
    case 'number':
      return html`<input type="number" id=${id} disabled />`;
    case 'date':
      return html`<input type="date" id=${id} disabled />`;
    case 'time':
      return html`<input type="time" id=${id} disabled />`;
    case 'file':
      return html`<input type="file" id=${id} disabled />`;
    default:
      return html`<input type="text" id=${id} disabled />`;
  }
}

function choices(field: DraftField, id: string, context: PreviewContext): TemplateResult {
  const kind = field.type === 'multiple-choice' ? 'checkbox' : 'radio';
  const options =
    field.type === 'yes-no'
      ? [
          { value: 'true', label: { [context.language]: context.t('yes') } },
          { value: 'false', label: { [context.language]: context.t('no') } },
        ]
      : (field.options ?? []);
  return html`<div class="choices">
    ${options.map(
      (option, index) => html`<label class="choice" for="${id}-${index}">
        <input type=${kind} id="${id}-${index}" name=${id} disabled />${shown(context, option.label)}
      </label>`,
    )}
  </div>`;
}

function previewField(
  field: DraftField,
  id: string,
  definition: DraftDefinition,
  context: PreviewContext,
): TemplateResult {
  const conditions = [
    field.showIf
      ? `${context.t('editorShownWhen')}: ${describeCondition(field.showIf, definition, context)}`
      : '',
    field.requiredIf
      ? `${context.t('editorRequiredWhen')}: ${describeCondition(field.requiredIf, definition, context)}`
      : '',
  ].filter(Boolean);
  const required = field.required
    ? html` <span class="required">(${context.t('editorRequiredMark')})</span>`
    : nothing;
  const help = field.help ? html`<p class="hint">${shown(context, field.help)}</p>` : nothing;
  const notes = conditions.map((note) => html`<p class="hint condition-note">${note}</p>`);
  if (['single-choice', 'multiple-choice', 'yes-no', 'consent', 'group', 'date-range'].includes(field.type)) {
    const inner =
      field.type === 'consent'
        ? html`<label class="choice" for="${id}-accept"><input type="checkbox" id="${id}-accept" disabled />${shown(
            context,
            field.text as DraftText | undefined,
          )}</label>`
        : field.type === 'group'
          ? ((field.fields as DraftField[] | undefined) ?? []).map((inner, index) =>
              previewField(inner, `${id}-${index}`, definition, context),
            )
          : field.type === 'date-range'
            ? html`<div class="row">
                <input type="date" id="${id}-start" aria-label="${context.t('editorPreviewFrom')}" disabled />
                <input type="date" id="${id}-end" aria-label="${context.t('editorPreviewTo')}" disabled />
              </div>`
            : choices(field, id, context);
    return html`<fieldset class="preview-field" data-preview-field=${field.key}>
      <legend>${shown(context, field.label)}${required}</legend>${help}${inner}${notes}
    </fieldset>`;
  }
  return html`<div class="field preview-field" data-preview-field=${field.key}>
    <label for=${id}>${shown(context, field.label)}${required}</label>${help}${control(field, id)}${notes}
  </div>`;
}

/**
 * The form as a citizen reading `context.language` would see it, page after page: every text in that
 * language (or the default one, marked), required marks, choices, and each condition in words.
 */
export function renderPreview(definition: DraftDefinition, context: PreviewContext): TemplateResult {
  const prefix = `preview-${context.language}`;
  return html`<div class="preview" lang=${context.language}>
    <h3>${shown(context, definition.title)}</h3>
    ${definition.description ? html`<p>${shown(context, definition.description)}</p>` : nothing}
    ${definition.pages.map(
      (page, p) => html`<section class="preview-page" aria-labelledby="${prefix}-page-${p}">
        <h4 id="${prefix}-page-${p}">${context.t('editorPreviewPage', { n: String(p + 1) })}: ${shown(context, page.title)}</h4>
        ${page.showIf ? html`<p class="hint">${context.t('editorShownWhen')}: ${describeCondition(page.showIf, definition, context)}</p>` : nothing}
        ${page.sections.map(
          (section, s) => html`<div class="preview-section">
            ${section.title ? html`<h5>${shown(context, section.title)}</h5>` : nothing}
            ${section.showIf ? html`<p class="hint">${context.t('editorShownWhen')}: ${describeCondition(section.showIf, definition, context)}</p>` : nothing}
            ${section.fields.map((field, f) => previewField(field, `${prefix}-${p}-${s}-${f}`, definition, context))}
          </div>`,
        )}
      </section>`,
    )}
  </div>`;
}
