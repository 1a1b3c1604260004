import { html, nothing, type TemplateResult } from 'lit';
import type { AssociationSummary, EventEquipmentItem, EventPlace, EventType } from './event-request-api.ts';
import type { DetailsInput } from './request-details.ts';
import { controlId, errorId, type StepView } from './step-view.ts';

/** What the details step shows and how it reports what is typed. */
export interface DetailsSlot {
  input: DetailsInput;
  type: EventType | undefined;
  places: readonly EventPlace[];
  equipment: readonly EventEquipmentItem[];
  /** The associations the requester may ask on behalf of. */
  associations: readonly AssociationSummary[];
  /** The live availability check's state, said in a polite live region. */
  availability: TemplateResult | typeof nothing;
  change(next: Partial<DetailsInput>): void;
}

interface TextOptions {
  label: string;
  hint?: string;
  value: string;
  autocomplete?: string;
  inputmode?: 'numeric' | 'text';
  required?: boolean;
  onInput(value: string): void;
}

const describedBy = (...ids: (string | false)[]): string | typeof nothing => {
  const kept = ids.filter((id): id is string => id !== false);
  return kept.length > 0 ? kept.join(' ') : nothing;
};

function fieldError(view: StepView, control: string): TemplateResult | typeof nothing {
  const messages = view.messages.get(control) ?? [];
  return messages.length > 0
    ? html`<p id=${errorId(control)} class="field-error" part="field-error">${messages.join(' ')}</p>`
    : nothing;
}

function textField(view: StepView, control: string, options: TextOptions): TemplateResult {
  const id = controlId(control);
  const invalid = (view.messages.get(control) ?? []).length > 0;
  const hintId = options.hint ? `${id}-hint` : undefined;
  return html`<div class="field" part="field">
    <label for=${id}>${options.label}</label>
    ${options.hint ? html`<p id=${`${id}-hint`} class="hint" part="hint">${options.hint}</p>` : nothing}
    ${fieldError(view, control)}
    <input id=${id} part="input" type="text" .value=${options.value}
      autocomplete=${options.autocomplete ?? nothing} inputmode=${options.inputmode ?? nothing}
      aria-required=${options.required === false ? nothing : 'true'}
      aria-invalid=${invalid ? 'true' : nothing}
      aria-describedby=${describedBy(hintId ?? false, invalid && errorId(control))}
      @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}>
  </div>`;
}

function renderMoment(view: StepView, slot: DetailsSlot, which: 'start' | 'end'): TemplateResult {
  const day = which === 'start' ? 'startDay' : 'endDay';
  const time = which === 'start' ? 'startTime' : 'endTime';
  return html`<fieldset part="fieldset" class="moment">
    <legend>${view.t(which === 'start' ? 'startLegend' : 'endLegend')}</legend>
    ${textField(view, day, {
      label: view.t('dayLabel'),
      hint: view.t('dayHint'),
      value: slot.input[day],
      inputmode: 'numeric',
      onInput: (value) => slot.change({ [day]: value }),
    })}
    ${textField(view, time, {
      label: view.t('timeLabel'),
      hint: view.t('timeHint'),
      value: slot.input[time],
      inputmode: 'numeric',
      onInput: (value) => slot.change({ [time]: value }),
    })}
  </fieldset>`;
}

function renderWhere(view: StepView, slot: DetailsSlot): TemplateResult {
  const { input } = slot;
  const placeInvalid = (view.messages.get('place') ?? []).length > 0;
  const option = (where: DetailsInput['where'], label: string) =>
    html`<div class="choice" part="choice">
      <input type="radio" id=${controlId(`where-${where}`)} name="where" part="radio" .value=${where}
        .checked=${input.where === where} @change=${() => slot.change({ where })}>
      <label for=${controlId(`where-${where}`)}>${label}</label>
    </div>`;
  return html`<fieldset part="fieldset">
    <legend>${view.t('whereLegend')}</legend>
    ${slot.places.length > 0 ? option('place', view.t('wherePlace')) : nothing}
    ${option('address', view.t('whereAddress'))}
    ${
      input.where === 'place' && slot.places.length > 0
        ? html`<div class="field" part="field">
          <label for=${controlId('place')}>${view.t('placeLabel')}</label>
          ${fieldError(view, 'place')}
          <select id=${controlId('place')} part="input select" aria-required="true"
            aria-invalid=${placeInvalid ? 'true' : nothing}
            aria-describedby=${placeInvalid ? errorId('place') : nothing}
            @change=${(event: Event) => slot.change({ place: (event.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${input.place === ''}>${view.t('placeChoose')}</option>
            ${slot.places.map(
              (place) => html`<option value=${place.key} ?selected=${place.key === input.place}>
                ${view.t('placeOption', {
                  name: place.name,
                  capacity: new Intl.NumberFormat(view.ui).format(place.capacity),
                })}
              </option>`,
            )}
          </select>
        </div>`
        : html`${textField(view, 'street', {
            label: view.t('street'),
            value: input.street,
            autocomplete: 'address-line1',
            onInput: (street) => slot.change({ street }),
          })}
          ${textField(view, 'number', {
            label: view.t('number'),
            value: input.number,
            onInput: (number) => slot.change({ number }),
          })}
          ${textField(view, 'box', {
            label: view.t('box'),
            value: input.box,
            required: false,
            onInput: (box) => slot.change({ box }),
          })}
          ${textField(view, 'postalCode', {
            label: view.t('postalCode'),
            value: input.postalCode,
            autocomplete: 'postal-code',
            inputmode: 'numeric',
            onInput: (postalCode) => slot.change({ postalCode }),
          })}
          ${textField(view, 'city', {
            label: view.t('city'),
            value: input.city,
            autocomplete: 'address-level2',
            onInput: (city) => slot.change({ city }),
          })}`
    }
  </fieldset>`;
}

function renderEquipment(view: StepView, slot: DetailsSlot): TemplateResult | typeof nothing {
  if (slot.equipment.length === 0) return nothing;
  return html`<fieldset part="fieldset" aria-describedby=${controlId('equipment-hint')}>
    <legend>${view.t('equipmentLegend')}</legend>
    <p id=${controlId('equipment-hint')} class="hint" part="hint">${view.t('equipmentHint')}</p>
    ${slot.equipment.map((item) =>
      textField(view, `equipment.${item.key}`, {
        label: view.content(item.name),
        hint: view.t('equipmentStock', { count: new Intl.NumberFormat(view.ui).format(item.stock) }),
        value: slot.input.equipment[item.key] ?? '',
        inputmode: 'numeric',
        required: false,
        onInput: (value) => slot.change({ equipment: { ...slot.input.equipment, [item.key]: value } }),
      }),
    )}
  </fieldset>`;
}

/** Who asks: the requester themselves, or one of their associations (shown only to members of one). */
function renderOnBehalfOf(view: StepView, slot: DetailsSlot): TemplateResult | typeof nothing {
  if (slot.associations.length === 0) return nothing;
  const id = controlId('association');
  const current = slot.input.associationId;
  return html`<div class="field" part="field">
    <label for=${id}>${view.t('associationLabel')}</label>
    <p id=${`${id}-hint`} class="hint" part="hint">${view.t('associationHint')}</p>
    <select id=${id} part="input" aria-describedby=${`${id}-hint`}
      @change=${(event: Event) => slot.change({ associationId: (event.target as HTMLSelectElement).value })}>
      <option value="" ?selected=${current === ''}>${view.t('associationMyself')}</option>
      ${slot.associations.map((a) => html`<option value=${a.id} ?selected=${current === a.id}>${a.name}</option>`)}
    </select>
  </div>`;
}

/** When and where: the name, the first and last day with times, the place or address, attendance and equipment. */
export function renderDetailsStep(view: StepView, slot: DetailsSlot): TemplateResult {
  const { input } = slot;
  return html`${renderOnBehalfOf(view, slot)}${textField(view, 'title', {
    label: view.t('titleLabel'),
    hint: view.t('titleHint'),
    value: input.title,
    onInput: (title) => slot.change({ title }),
  })}
    ${renderMoment(view, slot, 'start')}
    ${renderMoment(view, slot, 'end')}
    ${renderWhere(view, slot)}
    ${textField(view, 'attendance', {
      label: view.t('attendanceLabel'),
      hint: view.t('attendanceHint'),
      value: input.attendance,
      inputmode: 'numeric',
      required: false,
      onInput: (attendance) => slot.change({ attendance }),
    })}
    ${renderEquipment(view, slot)}
    ${
      slot.type?.publicCalendar
        ? html`<div class="choice" part="choice">
          <input type="checkbox" id=${controlId('public')} part="checkbox" .checked=${input.public}
            @change=${(event: Event) => slot.change({ public: (event.target as HTMLInputElement).checked })}>
          <label for=${controlId('public')}>${view.t('publicLabel')}</label>
        </div>`
        : nothing
    }
    ${slot.availability}`;
}
