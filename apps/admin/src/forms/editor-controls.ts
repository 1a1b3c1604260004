import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../i18n/languages.ts';
import { LANGUAGE_NAMES } from '../i18n/languages.ts';
import type { MessageKey, MessageParams } from '../i18n/messages.ts';
import type { FormError } from '../ui/admin-view.ts';
import {
  fromRuleSet,
  RULE_OPS,
  type Rule,
  type RuleOp,
  type RuleSet,
  rulePath,
  toRuleSet,
} from './condition-rules.ts';
import {
  type DraftCondition,
  type DraftDefinition,
  type DraftPath,
  type DraftText,
  fieldKeys,
  getAt,
  pathId,
  textIn,
  withText,
} from './form-draft.ts';

/** What the editor's controls need from the screen: words, languages, errors, and how to change the draft. */
export interface EditorContext {
  t: (key: MessageKey, params?: MessageParams) => string;
  ui: Language;
  offered: readonly Language[];
  fallback: Language;
  draft: DraftDefinition;
  error: (id: string) => FormError | undefined;
  update: (path: DraftPath, value: unknown) => void;
}

/** What text inputs need from a screen: any draft holding localized texts (a form's, a stage's). */
export type TextInputContext = Omit<EditorContext, 'draft'> & { draft: unknown };

const errorOf = (context: TextInputContext, id: string) => {
  const error = context.error(id);
  return {
    invalid: error ? 'true' : 'false',
    describedBy: error ? `${id}-error` : nothing,
    message: error ? html`<p id="${id}-error" class="field-error">${error.message}</p>` : nothing,
  };
};

/** A text in each language the commune offers; an empty one besides the default is flagged. */
export function textInputs(
  context: TextInputContext,
  path: DraftPath,
  legend: string,
  options: { multiline?: boolean } = {},
): TemplateResult {
  const text = getAt(context.draft, path) as DraftText | undefined;
  const group = errorOf(context, pathId(path));
  return html`<fieldset class="texts" id=${pathId(path)} tabindex="-1">
    <legend>${legend}</legend>
    ${group.message}
    ${context.offered.map((language) => {
      const id = pathId([...path, language]);
      const state = errorOf(context, id);
      const value = text?.[language] ?? '';
      const missing =
        value.trim() === '' &&
        language !== context.fallback &&
        text !== undefined &&
        Object.keys(text).length > 0;
      const hintId = `${id}-missing`;
      const describedBy = [missing ? hintId : '', state.describedBy === nothing ? '' : state.describedBy]
        .filter(Boolean)
        .join(' ');
      const onInput = (event: Event) =>
        context.update(path, withText(text, language, (event.target as HTMLInputElement).value));
      return html`<div class="field">
        <label for=${id}>${LANGUAGE_NAMES[language]} (${language})</label>
        ${
          options.multiline
            ? html`<textarea id=${id} lang=${language} .value=${value} aria-invalid=${state.invalid}
                aria-describedby=${describedBy || nothing} @input=${onInput}></textarea>`
            : html`<input type="text" id=${id} lang=${language} .value=${value} aria-invalid=${state.invalid}
                aria-describedby=${describedBy || nothing} @input=${onInput} />`
        }
        ${missing ? html`<p class="hint missing" id=${hintId}>${context.t('editorTranslationMissing')}</p>` : nothing}
        ${state.message}
      </div>`;
    })}
  </fieldset>`;
}

const RULE_LABELS: Record<RuleOp, MessageKey> = {
  equals: 'editorOpEquals',
  in: 'editorOpIn',
  greaterThan: 'editorOpGreaterThan',
  before: 'editorOpBefore',
  filled: 'editorOpFilled',
};

/**
 * When a field, section or page is shown (`showIf`) or a field required (`requiredIf`): rules on
 * other answers joined by all/any, each one possibly negated. A condition nested deeper than the
 * controls show is kept as it is.
 */
export function conditionEditor(
  context: EditorContext,
  path: DraftPath,
  legend: string,
  ownKey?: string,
): TemplateResult {
  const condition = getAt(context.draft, path) as DraftCondition | undefined;
  const set = toRuleSet(condition);
  const id = pathId(path);
  const fields = fieldKeys(context.draft).filter((entry) => entry.key !== ownKey);
  const typeOf = (key: string) => fields.find((entry) => entry.key === key)?.type;
  const write = (next: RuleSet) => context.update(path, fromRuleSet(next, typeOf));
  const addRule = () => {
    const current = set === undefined || set === 'complex' ? { combine: 'and' as const, rules: [] } : set;
    write({
      ...current,
      rules: [...current.rules, { field: fields[0]?.key ?? '', op: 'filled', value: '', negate: false }],
    });
  };
  const state = errorOf(context, id);
  if (set === 'complex')
    return html`<fieldset class="condition" id=${id} tabindex="-1">
      <legend>${legend}</legend>
      <p>${context.t('editorComplexCondition')}</p>
      ${state.message}
      <button type="button" class="button secondary small" id="${id}-clear" @click=${() => context.update(path, undefined)}>
        ${context.t('editorRemoveCondition')}
      </button>
    </fieldset>`;
  const rules = set?.rules ?? [];
  const change = (index: number, rule: Partial<Rule>) =>
    set && write({ ...set, rules: rules.map((old, at) => (at === index ? { ...old, ...rule } : old)) });
  return html`<fieldset class="condition" id=${id} tabindex="-1">
    <legend>${legend}</legend>
    ${state.message}
    ${rules.length === 0 ? html`<p class="hint">${context.t('editorNoCondition')}</p>` : nothing}
    ${
      set && rules.length > 1
        ? html`<div class="field">
          <label for="${id}-combine">${context.t('editorCombine')}</label>
          <select id="${id}-combine" @change=${(event: Event) =>
            write({ ...set, combine: (event.target as HTMLSelectElement).value === 'or' ? 'or' : 'and' })}>
            <option value="and" ?selected=${set.combine === 'and'}>${context.t('editorCombineAll')}</option>
            <option value="or" ?selected=${set.combine === 'or'}>${context.t('editorCombineAny')}</option>
          </select>
        </div>`
        : nothing
    }
    ${rules.map((rule, index) => {
      const ruleId = pathId(rulePath(path, set as RuleSet, index));
      // Ids follow the API's error paths: `…showIf.field`, `…showIf.conditions.1.value`.
      const valueId = `${ruleId}-${rule.op === 'in' ? 'values' : rule.op === 'before' ? 'date' : 'value'}`;
      const ruleState = errorOf(context, `${ruleId}-field`);
      const valueState = errorOf(context, valueId);
      const n = String(index + 1);
      return html`<div class="rule row" id="${ruleId}-rule">
        <div class="field">
          <label for="${ruleId}-field">${context.t('editorRuleField', { n })}</label>
          <select id="${ruleId}-field" aria-invalid=${ruleState.invalid} aria-describedby=${ruleState.describedBy}
            @change=${(event: Event) => change(index, { field: (event.target as HTMLSelectElement).value })}>
            ${rule.field && !typeOf(rule.field) ? html`<option value=${rule.field} selected>${rule.field}</option>` : nothing}
            ${fields.map(
              (entry) => html`<option value=${entry.key} ?selected=${entry.key === rule.field}>
                ${textIn(entry.field.label, context.ui, context.fallback).text || entry.key} (${entry.key})
              </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="${ruleId}-negate" class="choice">
            <input type="checkbox" id="${ruleId}-negate" .checked=${rule.negate}
              @change=${(event: Event) => change(index, { negate: (event.target as HTMLInputElement).checked })} />
            ${context.t('editorNegate')}
          </label>
        </div>
        <div class="field">
          <label for="${ruleId}-op">${context.t('editorRuleOp', { n })}</label>
          <select id="${ruleId}-op" @change=${(event: Event) => change(index, { op: (event.target as HTMLSelectElement).value as RuleOp })}>
            ${RULE_OPS.map((op) => html`<option value=${op} ?selected=${op === rule.op}>${context.t(RULE_LABELS[op])}</option>`)}
          </select>
        </div>
        ${
          rule.op === 'filled'
            ? nothing
            : html`<div class="field">
              <label for=${valueId}>${context.t(rule.op === 'in' ? 'editorRuleValues' : rule.op === 'before' ? 'editorRuleDate' : 'editorRuleValue', { n })}</label>
              <input type="text" id=${valueId} .value=${rule.value} aria-invalid=${valueState.invalid}
                aria-describedby=${valueState.describedBy}
                @change=${(event: Event) => change(index, { value: (event.target as HTMLInputElement).value })} />
              ${valueState.message}
            </div>`
        }
        <div class="field">
          <button type="button" class="button secondary small" id="${ruleId}-remove"
            @click=${() => set && write({ ...set, rules: rules.filter((_, at) => at !== index) })}>
            ${context.t('editorRemoveRule', { n })}
          </button>
        </div>
        ${ruleState.message}
      </div>`;
    })}
    <button type="button" class="button secondary small" id="${id}-add" ?disabled=${fields.length === 0} @click=${addRule}>
      ${context.t('editorAddRule')}
    </button>
  </fieldset>`;
}
