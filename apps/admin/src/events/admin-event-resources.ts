import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Commune, EditableEventConfiguration } from '../api/api-types.ts';
import { problemMessage } from '../api/problem-messages.ts';
import { formStyles } from '../forms/form-styles.ts';
import type { Language } from '../i18n/languages.ts';
import { LANGUAGE_NAMES } from '../i18n/languages.ts';
import { AdminView } from '../ui/admin-view.ts';
import { sharedStyles } from '../ui/shared-styles.ts';
import { saveEventEquipment, saveEventPlaces } from './event-config-api.ts';
import {
  type EquipmentDraft,
  equipmentDraft,
  equipmentInput,
  type PlaceDraft,
  placeDraft,
  placeInput,
  wholeNumber,
} from './event-config-draft.ts';
import { fieldErrors } from './event-config-errors.ts';
import { eventStyles } from './event-styles.ts';

/** Sent once places or equipment are saved: the configuration is read again. */
export const EVENT_CONFIG_SAVED_EVENT = 'event-config-saved';

const PLACE_FIELDS = ['key', 'name', 'street', 'number', 'box', 'postalCode', 'city', 'capacity'] as const;

const PLACE_LABELS = {
  key: 'eventConfigKey',
  name: 'placeName',
  street: 'placeStreet',
  number: 'placeNumber',
  box: 'placeBox',
  postalCode: 'placePostalCode',
  city: 'placeCity',
  capacity: 'placeCapacity',
} as const;

/** The API's path of a place's address field is under `address`; the form shows them flat. */
const ADDRESS_FIELDS = new Set(['street', 'number', 'box', 'postalCode', 'city']);

/**
 * The bookable places and the equipment lent with its stock, each list edited as a whole and saved
 * in order: added, changed, removed (the API keeps what open requests still need).
 */
export class AdminEventResources extends AdminView {
  static override styles = [sharedStyles, formStyles, eventStyles];
  static override properties = {
    commune: { attribute: false },
    config: { attribute: false },
    places: { state: true },
    equipment: { state: true },
  } satisfies PropertyDeclarations;

  commune: Commune | undefined;
  config: EditableEventConfiguration | undefined;
  private places: PlaceDraft[] = [];
  private equipment: EquipmentDraft[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config') && this.config) {
      this.places = this.config.places.map(placeDraft);
      this.equipment = this.config.equipment.map(equipmentDraft);
    }
  }

  private get offered(): readonly Language[] {
    return this.config?.languages.offered ?? [this.ui];
  }

  protected override render(): TemplateResult {
    return html`${this.renderErrorSummary()} ${this.renderPlaces()} ${this.renderEquipment()}`;
  }

  private input(id: string, label: string, value: string, update: (value: string) => void, lang?: Language) {
    const state = this.fieldState(id);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input type="text" id=${id} .value=${value} lang=${lang ?? nothing} aria-invalid=${state.invalid}
        aria-describedby=${state.describedBy} @input=${(event: Event) => update((event.target as HTMLInputElement).value)} />
      ${this.renderFieldError(id)}
    </div>`;
  }

  private renderPlaces(): TemplateResult {
    return html`<section aria-labelledby="event-places-title">
      <h2 id="event-places-title" tabindex="-1">${this.t('eventPlacesTitle')}</h2>
      <form id="places-form" novalidate @submit=${this.savePlaces}>
        ${this.places.map((place, index) => {
          const n = String(index + 1);
          return html`<fieldset class="panel" id="places-${index}">
            <legend>${place.name.trim() || this.t('placeN', { n })}</legend>
            <div class="row">
              ${PLACE_FIELDS.map((field) =>
                this.input(
                  ADDRESS_FIELDS.has(field) ? `places-${index}-address-${field}` : `places-${index}-${field}`,
                  this.t(PLACE_LABELS[field]),
                  place[field],
                  (value) => {
                    this.places = this.places.map((p, at) => (at === index ? { ...p, [field]: value } : p));
                  },
                ),
              )}
            </div>
            <button type="button" class="button secondary small" id="places-${index}-remove"
              @click=${() => this.removePlace(index)}>${this.t('removePlace', { n: place.name.trim() || n })}</button>
          </fieldset>`;
        })}
        <div class="actions">
          <button type="button" class="button secondary" id="add-place" @click=${this.addPlace}>${this.t('addPlace')}</button>
          <button type="submit" class="button" id="save-places">${this.t('savePlaces')}</button>
        </div>
      </form>
    </section>`;
  }

  private renderEquipment(): TemplateResult {
    return html`<section aria-labelledby="event-equipment-title">
      <h2 id="event-equipment-title" tabindex="-1">${this.t('eventEquipmentTitle')}</h2>
      <form id="equipment-form" novalidate @submit=${this.saveEquipment}>
        ${this.equipment.map((item, index) => {
          const n = String(index + 1);
          const name = item.name[this.ui] ?? item.name[this.config?.languages.default ?? this.ui] ?? '';
          const update = (change: Partial<EquipmentDraft>) => {
            this.equipment = this.equipment.map((e, at) => (at === index ? { ...e, ...change } : e));
          };
          return html`<fieldset class="panel" id="equipment-${index}">
            <legend>${name.trim() || this.t('equipmentN', { n })}</legend>
            <div class="row">
              ${this.input(`equipment-${index}-key`, this.t('eventConfigKey'), item.key, (key) => update({ key }))}
              ${this.offered.map((language) =>
                this.input(
                  `equipment-${index}-name-${language}`,
                  this.t('equipmentName', { language: LANGUAGE_NAMES[language] }),
                  item.name[language] ?? '',
                  (text) => update({ name: { ...item.name, [language]: text } }),
                  language,
                ),
              )}
              ${this.input(`equipment-${index}-stock`, this.t('equipmentStock'), item.stock, (stock) => update({ stock }))}
            </div>
            <button type="button" class="button secondary small" id="equipment-${index}-remove"
              @click=${() => this.removeEquipment(index)}>${this.t('removeEquipment', { n: name.trim() || n })}</button>
          </fieldset>`;
        })}
        <div class="actions">
          <button type="button" class="button secondary" id="add-equipment" @click=${this.addEquipment}>${this.t('addEquipment')}</button>
          <button type="submit" class="button" id="save-equipment">${this.t('saveEquipment')}</button>
        </div>
      </form>
    </section>`;
  }

  private readonly addPlace = async (): Promise<void> => {
    const index = this.places.length;
    this.places = [
      ...this.places,
      { key: '', name: '', street: '', number: '', box: '', postalCode: '', city: '', capacity: '' },
    ];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#places-${index}-key`)?.focus();
  };

  private async removePlace(index: number): Promise<void> {
    this.places = this.places.filter((_, at) => at !== index);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#add-place')?.focus();
  }

  private readonly addEquipment = async (): Promise<void> => {
    const index = this.equipment.length;
    this.equipment = [...this.equipment, { key: '', name: {}, stock: '' }];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#equipment-${index}-key`)?.focus();
  };

  private async removeEquipment(index: number): Promise<void> {
    this.equipment = this.equipment.filter((_, at) => at !== index);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#add-equipment')?.focus();
  }

  private readonly savePlaces = async (event: Event): Promise<void> => {
    event.preventDefault();
    const slug = this.commune?.slug;
    if (!slug) return;
    const numbers = this.places.flatMap((place, index) =>
      wholeNumber(place.capacity) === undefined ? [`places-${index}-capacity`] : [],
    );
    if (numbers.length > 0) return this.numberErrors(numbers);
    const result = await saveEventPlaces(slug, this.places.map(placeInput));
    await this.settleSave(result, 'placesSaved');
  };

  private readonly saveEquipment = async (event: Event): Promise<void> => {
    event.preventDefault();
    const slug = this.commune?.slug;
    if (!slug) return;
    const numbers = this.equipment.flatMap((item, index) =>
      wholeNumber(item.stock) === undefined ? [`equipment-${index}-stock`] : [],
    );
    if (numbers.length > 0) return this.numberErrors(numbers);
    const result = await saveEventEquipment(slug, this.equipment.map(equipmentInput));
    await this.settleSave(result, 'equipmentSaved');
  };

  private numberErrors(fields: string[]): Promise<void> {
    return this.showErrors(fields.map((field) => ({ field, message: this.t('eventConfigWholeNumber') })));
  }

  private async settleSave(
    result: Awaited<ReturnType<typeof saveEventPlaces>>,
    saved: 'placesSaved' | 'equipmentSaved',
  ): Promise<void> {
    if (!result.ok) {
      const problems = result.errors ?? [];
      if (result.code.endsWith('_in_use')) {
        // The API names each key still needed; the summary names them as the list shows them.
        const needed = this.removedNames(saved).filter(({ key }) =>
          problems.some((problem) => problem.message.startsWith(`${key} `)),
        );
        return this.showErrors([
          { message: this.t(problemMessage(result.code)) },
          ...needed.map(({ name }) => ({ message: name })),
        ]);
      }
      const errors = fieldErrors(problems, '', this.renderRoot, (key, params) => this.t(key, params));
      return this.showErrors(errors.length > 0 ? errors : [{ message: this.t(problemMessage(result.code)) }]);
    }
    this.clearErrors();
    this.announce(result.data.changed ? this.t(saved) : this.t('eventConfigUnchanged'));
    this.dispatchEvent(new CustomEvent(EVENT_CONFIG_SAVED_EVENT, { bubbles: true, composed: true }));
  }

  /** What the list had when read and no longer has, with the name it was shown by. */
  private removedNames(list: 'placesSaved' | 'equipmentSaved'): { key: string; name: string }[] {
    const config = this.config;
    if (!config) return [];
    const fallback = config.languages.default;
    const before =
      list === 'placesSaved'
        ? config.places.map(({ key, name }) => ({ key, name }))
        : config.equipment.map(({ key, name }) => ({ key, name: name[this.ui] ?? name[fallback] ?? key }));
    const kept = new Set(
      (list === 'placesSaved' ? this.places : this.equipment).map((item) => item.key.trim()),
    );
    return before.filter(({ key }) => !kept.has(key));
  }
}

customElements.define('admin-event-resources', AdminEventResources);

declare global {
  interface HTMLElementTagNameMap {
    'admin-event-resources': AdminEventResources;
  }
}
