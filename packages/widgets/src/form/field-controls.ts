import { html, nothing, type TemplateResult } from 'lit';
import { formatBytes } from './answer-format.ts';
import type { FieldView } from './field-view.ts';
import { controlId, errorId, type LocalizedSimpleField } from './form-paths.ts';
import {
  dateFromInput,
  dateToInput,
  numberFromInput,
  partOf,
  textOf,
  timeFromInput,
} from './input-values.ts';

/** One simple field at `path` (a top-level key, or `group.index.key`), with its value and whether it is required. */
export interface FieldSlot {
  field: LocalizedSimpleField;
  path: string;
  value: unknown;
  required: boolean;
}

const ids = (...list: (string | false | undefined)[]): string | typeof nothing => {
  const joined = list.filter(Boolean).join(' ');
  return joined ? joined : nothing;
};

function messagesAt(view: FieldView, path: string): TemplateResult | typeof nothing {
  const messages = view.messages.get(path);
  if (!messages?.length) return nothing;
  return html`<p id=${errorId(path, view.idScope)} class="field-error" part="field-error">${messages.join(' ')}</p>`;
}

const hasError = (view: FieldView, path: string): boolean => (view.messages.get(path)?.length ?? 0) > 0;

function labelText(view: FieldView, slot: FieldSlot): TemplateResult {
  return html`${slot.field.label}${slot.required ? nothing : html` <span class="optional">${view.t('optional')}</span>`}`;
}

function helpId(view: FieldView, slot: FieldSlot): string | undefined {
  return slot.field.help ? `${controlId(slot.path, view.idScope)}-help` : undefined;
}

function help(view: FieldView, slot: FieldSlot, extra?: string): TemplateResult | typeof nothing {
  const texts = [slot.field.help, extra].filter(Boolean);
  if (texts.length === 0) return nothing;
  return html`<p id=${`${controlId(slot.path, view.idScope)}-help`} class="hint" part="hint">${texts.join(' ')}</p>`;
}

type TextKind = {
  type?: string;
  inputmode?: string;
  autocomplete?: string;
  hint?: string;
  toText: (value: unknown) => string;
  fromText: (text: string) => unknown;
};

const blankToUndefined = (text: string): string | undefined => (text.trim() === '' ? undefined : text);

/** One text input at `path` (the field's, or a part's such as `address.city`), with its label, hints and messages. */
function textInput(
  view: FieldView,
  slot: FieldSlot,
  path: string,
  label: TemplateResult | string,
  kind: TextKind,
): TemplateResult {
  const id = controlId(path, view.idScope);
  const main = path === slot.path;
  const invalid = hasError(view, path);
  const hint = (main ? [slot.field.help, kind.hint] : [kind.hint]).filter(Boolean).join(' ');
  const hintId = hint ? `${id}-help` : undefined;
  const onInput = (event: Event) => {
    const text = (event.target as HTMLInputElement).value;
    view.typed(path, text, kind.fromText(text));
  };
  return html`<div class="field" part="field">
    <label for=${id}>${label}</label>
    ${hint ? html`<p id=${`${id}-help`} class="hint" part="hint">${hint}</p>` : nothing}
    ${messagesAt(view, path)}
    <input id=${id} part="input" type=${kind.type ?? 'text'} inputmode=${kind.inputmode ?? nothing}
      autocomplete=${kind.autocomplete ?? nothing} ?required=${main && slot.required}
      aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${ids(hintId, invalid && errorId(path, view.idScope))}
      .value=${view.inputText(path, partValue(slot, path), kind.toText)} @input=${onInput} />
  </div>`;
}

function partValue(slot: FieldSlot, path: string): unknown {
  if (path === slot.path) return slot.value;
  return partOf(slot.value, path.slice(slot.path.length + 1));
}

const plain: TextKind = { toText: textOf, fromText: blankToUndefined };

function longText(view: FieldView, slot: FieldSlot): TemplateResult {
  const id = controlId(slot.path, view.idScope);
  const invalid = hasError(view, slot.path);
  const onInput = (event: Event) => {
    const text = (event.target as HTMLTextAreaElement).value;
    view.typed(slot.path, text, blankToUndefined(text));
  };
  return html`<div class="field" part="field">
    <label for=${id}>${labelText(view, slot)}</label>
    ${help(view, slot)} ${messagesAt(view, slot.path)}
    <textarea id=${id} part="input textarea" rows="5" ?required=${slot.required}
      aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${ids(helpId(view, slot), invalid && errorId(slot.path, view.idScope))}
      .value=${view.inputText(slot.path, slot.value, textOf)} @input=${onInput}></textarea>
  </div>`;
}

/** Radios or checkboxes in a fieldset; the first one carries the field's id, for the error summary. */
function choices(
  view: FieldView,
  slot: FieldSlot,
  options: readonly { value: unknown; label: string; help?: string | undefined }[],
  multiple: boolean,
): TemplateResult {
  const id = controlId(slot.path, view.idScope);
  const invalid = hasError(view, slot.path);
  const chosen = (value: unknown) =>
    multiple ? Array.isArray(slot.value) && slot.value.includes(value) : slot.value === value;
  const toggle = (value: unknown, checked: boolean) => {
    if (!multiple) return view.set(slot.path, value);
    const current = Array.isArray(slot.value) ? slot.value : [];
    const next = options
      .map((option) => option.value)
      .filter((option) => (option === value ? checked : current.includes(option)));
    view.set(slot.path, next.length > 0 ? next : undefined);
  };
  return html`<fieldset part="fieldset" aria-describedby=${ids(helpId(view, slot), invalid && errorId(slot.path, view.idScope))}>
    <legend>${labelText(view, slot)}</legend>
    ${help(view, slot)} ${messagesAt(view, slot.path)}
    ${options.map((option, index) => {
      const optionId = index === 0 ? id : `${id}--${index}`;
      const optionHelp = option.help ? `${optionId}-help` : undefined;
      return html`<div class="choice" part="choice">
        <input id=${optionId} part=${multiple ? 'checkbox' : 'radio'} type=${multiple ? 'checkbox' : 'radio'}
          name=${id} .checked=${chosen(option.value)} aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${optionHelp ?? nothing}
          @change=${(event: Event) => toggle(option.value, (event.target as HTMLInputElement).checked)} />
        <label for=${optionId}>${option.label}</label>
        ${option.help ? html`<p id=${optionHelp} class="hint choice-hint">${option.help}</p>` : nothing}
      </div>`;
    })}
  </fieldset>`;
}

/** The inputs of an address or a date range, in a fieldset whose legend is the field's label. */
function composite(view: FieldView, slot: FieldSlot, parts: TemplateResult[]): TemplateResult {
  return html`<fieldset part="fieldset" aria-describedby=${ids(helpId(view, slot))}>
    <legend>${labelText(view, slot)}</legend>
    ${help(view, slot)} ${parts}
  </fieldset>`;
}

function address(view: FieldView, slot: FieldSlot, belgianOnly: boolean): TemplateResult {
  const { t } = view;
  const part = (name: string, label: string, kind: Partial<TextKind> = {}) =>
    textInput(view, slot, `${slot.path}.${name}`, label, { ...plain, ...kind });
  return composite(view, slot, [
    part('street', t('street'), { autocomplete: 'address-line1' }),
    part('number', t('number')),
    part('box', t('box')),
    part('postalCode', t('postalCode'), { inputmode: 'numeric', autocomplete: 'postal-code' }),
    part('city', t('city'), { autocomplete: 'address-level2' }),
    ...(belgianOnly
      ? []
      : [part('country', t('country'), { hint: t('countryHint'), autocomplete: 'country' })]),
  ]);
}

const dateKind = (hint: string): TextKind => ({
  inputmode: 'numeric',
  hint,
  toText: dateToInput,
  fromText: dateFromInput,
});

function dateRange(view: FieldView, slot: FieldSlot): TemplateResult {
  const kind = dateKind(view.t('dateHint'));
  return composite(view, slot, [
    textInput(view, slot, `${slot.path}.start`, view.t('rangeStart'), kind),
    textInput(view, slot, `${slot.path}.end`, view.t('rangeEnd'), kind),
  ]);
}

function fileField(view: FieldView, slot: FieldSlot & { field: { type: 'file' } }): TemplateResult {
  const { field } = slot;
  const id = controlId(slot.path, view.idScope);
  const invalid = hasError(view, slot.path);
  const files = Array.isArray(slot.value) ? slot.value : [];
  const hint = [
    view.t('fileHint', { types: field.accept.join(', '), size: formatBytes(field.maxSize, view.ui) }),
    field.maxFiles > 1 ? view.t('fileCount', { count: String(field.maxFiles) }) : '',
  ].join(' ');
  const onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    view.pickFiles(slot.path, [...(input.files ?? [])]);
    input.value = '';
  };
  return html`<div class="field" part="field">
    <label for=${id}>${labelText(view, slot)}</label>
    ${help(view, slot, hint)} ${messagesAt(view, slot.path)}
    <input id=${id} part="input file" type="file" accept=${field.accept.join(',')} ?multiple=${field.maxFiles > 1}
      aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${ids(`${id}-help`, invalid && errorId(slot.path, view.idScope))}
      @change=${onChange} />
    ${
      files.length === 0
        ? nothing
        : html`<p class="hint">${view.t('fileChosen')}</p>
          <ul class="files" part="files">
            ${files.map((file, index) => {
              const name = textOf(partOf(file, 'name'));
              const size = Number(partOf(file, 'size'));
              const progress = view.fileProgress(slot.path, index);
              return html`<li part="file">
                <span>${name} — ${formatBytes(size, view.ui)}, ${textOf(partOf(file, 'type'))}</span>
                ${
                  progress === undefined
                    ? html`<span class="hint" part="file-status">${view.t('fileUploaded', { name })}</span>`
                    : html`<progress part="file-progress" max="100" value=${Math.round(progress * 100)}
                        aria-label=${view.t('fileUploading', { name })}></progress>`
                }
                <button type="button" class="button secondary small" part="secondary"
                  @click=${() => view.removeFile(slot.path, index)}>${view.t('fileRemove', { name })}</button>
              </li>`;
            })}
          </ul>`
    }
  </div>`;
}

function consent(view: FieldView, slot: FieldSlot & { field: { type: 'consent' } }): TemplateResult {
  const id = controlId(slot.path, view.idScope);
  const invalid = hasError(view, slot.path);
  const text = slot.field.text;
  const onChange = (event: Event) =>
    view.set(slot.path, (event.target as HTMLInputElement).checked ? { accepted: true, text } : undefined);
  return html`<fieldset part="fieldset" aria-describedby=${ids(`${id}-text`, invalid && errorId(slot.path, view.idScope))}>
    <legend>${labelText(view, slot)}</legend>
    <p id=${`${id}-text`} class="consent-text" part="consent-text">${text}</p>
    ${help(view, slot)} ${messagesAt(view, slot.path)}
    <div class="choice" part="choice">
      <input id=${id} part="checkbox" type="checkbox" .checked=${partOf(slot.value, 'accepted') === true}
        aria-invalid=${invalid ? 'true' : 'false'} @change=${onChange} />
      <label for=${id}>${view.t('consentAccept')}</label>
    </div>
  </fieldset>`;
}

/** The inputs of one simple field, whatever its type. */
export function renderField(view: FieldView, slot: FieldSlot): TemplateResult {
  const { field } = slot;
  const label = labelText(view, slot);
  switch (field.type) {
    case 'long-text':
      return longText(view, slot);
    case 'number':
      return textInput(view, slot, slot.path, label, {
        inputmode: field.integer ? 'numeric' : 'decimal',
        toText: textOf,
        fromText: numberFromInput,
      });
    case 'date':
      return textInput(view, slot, slot.path, label, dateKind(view.t('dateHint')));
    case 'time':
      return textInput(view, slot, slot.path, label, {
        inputmode: 'numeric',
        hint: view.t('timeHint'),
        toText: textOf,
        fromText: timeFromInput,
      });
    case 'date-range':
      return dateRange(view, slot);
    case 'single-choice':
      return choices(view, slot, field.options, false);
    case 'multiple-choice':
      return choices(view, slot, field.options, true);
    case 'yes-no':
      return choices(
        view,
        slot,
        [
          { value: true, label: view.t('yes') },
          { value: false, label: view.t('no') },
        ],
        false,
      );
    case 'address':
      return address(view, slot, field.belgianOnly);
    case 'email':
      return textInput(view, slot, slot.path, label, { ...plain, type: 'email', autocomplete: 'email' });
    case 'phone':
      return textInput(view, slot, slot.path, label, { ...plain, type: 'tel', autocomplete: 'tel' });
    case 'niss':
    case 'structured-communication':
    case 'company-number':
      return textInput(view, slot, slot.path, label, { ...plain, inputmode: 'numeric' });
    case 'iban':
      return textInput(view, slot, slot.path, label, { ...plain, autocomplete: 'off' });
    case 'file':
      return fileField(view, { ...slot, field });
    case 'consent':
      return consent(view, { ...slot, field });
    default:
      return textInput(view, slot, slot.path, label, plain);
  }
}
