import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../core/heading.ts';
import type { LocalizedValue } from '../core/resolve-language.ts';
import type { LocalizedText } from '../core/tenant-types.ts';
import type { EventFilters, FilterProblem } from './calendar-query.ts';
import type { EventDay } from './event-days.ts';
import type { EventFormat } from './event-format.ts';
import type { EventAddress, EventType, PublicEvent } from './events-api.ts';
import type { EventsMessageKey } from './events-messages.ts';

/** What the views need to write text: the interface's messages, the commune's texts, formats. */
export interface ViewText {
  t(key: EventsMessageKey, params?: Readonly<Record<string, string>>): string;
  content(text: LocalizedText): LocalizedValue;
  format: EventFormat;
}

export function heading(level: number, text: string, options: { id?: string; cls: string; part: string }) {
  const tag = headingTag(level);
  return options.id
    ? staticHtml`<${tag} id=${options.id} class=${options.cls} part=${options.part} tabindex="-1">${text}</${tag}>`
    : staticHtml`<${tag} class=${options.cls} part=${options.part}>${text}</${tag}>`;
}

export const PROBLEM_TEXT: Readonly<Record<FilterProblem, EventsMessageKey>> = {
  'from-invalid': 'fromInvalid',
  'to-invalid': 'toInvalid',
  'to-before-from': 'toBeforeFrom',
  'range-too-long': 'rangeTooLong',
};

const FIELD_OF: Readonly<Record<FilterProblem, 'from' | 'to'>> = {
  'from-invalid': 'from',
  'to-invalid': 'to',
  'to-before-from': 'to',
  'range-too-long': 'to',
};

export interface FiltersInput {
  types: readonly EventType[];
  filters: EventFilters;
  problems: readonly FilterProblem[];
  onSubmit: (event: SubmitEvent) => void;
  onReset: () => void;
}

/** Labelled type and day fields, applied by the form's button (or Enter); errors tied to their field. */
export function renderFilters(v: ViewText, input: FiltersInput): TemplateResult {
  const { filters, problems } = input;
  const dayField = (name: 'from' | 'to', label: EventsMessageKey) => {
    const own = problems.filter((problem) => FIELD_OF[problem] === name);
    const describedBy = own.length > 0 ? `filter-${name}-hint filter-${name}-error` : `filter-${name}-hint`;
    return html`<div class="filter">
      <label for="filter-${name}">${v.t(label)}</label>
      <span id="filter-${name}-hint" class="hint">${v.t('dayHint')}</span>
      <input id="filter-${name}" name=${name} type="text" autocomplete="off" part="filter"
        .value=${filters[name]} aria-invalid=${own.length > 0 ? 'true' : 'false'} aria-describedby=${describedBy} />
      ${
        own.length > 0
          ? html`<span id="filter-${name}-error" class="field-error" part="field-error">${own.map((p) => v.t(PROBLEM_TEXT[p])).join(' ')}</span>`
          : nothing
      }
    </div>`;
  };
  return html`<form class="filters" part="filters" aria-labelledby="filters-title" novalidate @submit=${input.onSubmit}>
    <p id="filters-title" class="filters-title">${v.t('filters')}</p>
    <div class="filter">
      <label for="filter-type">${v.t('filterType')}</label>
      <select id="filter-type" name="type" part="filter">
        <option value="" ?selected=${filters.type === ''}>${v.t('anyType')}</option>
        ${input.types.map(
          (type) =>
            html`<option value=${type.key} ?selected=${filters.type === type.key}>${v.content(type.name).text}</option>`,
        )}
      </select>
    </div>
    ${dayField('from', 'filterFrom')} ${dayField('to', 'filterTo')}
    <div class="actions">
      <button type="submit" class="button" part="apply-button">${v.t('apply')}</button>
      <button type="button" class="button secondary" part="reset-button" @click=${input.onReset}>${v.t('resetFilters')}</button>
    </div>
  </form>`;
}

export function formatAddress(v: ViewText, address: EventAddress): string {
  const box = address.box ? ` ${v.t('box')} ${address.box}` : '';
  return `${address.street} ${address.number}${box}, ${address.postalCode} ${address.city}`;
}

function placeText(v: ViewText, event: PublicEvent): string | undefined {
  if (event.place) return `${event.place.name}, ${formatAddress(v, event.place.address)}`;
  return event.address ? formatAddress(v, event.address) : undefined;
}

/** One event: its title, kind, when (Brussels time) and where. */
export function renderEvent(v: ViewText, event: PublicEvent, level: number): TemplateResult {
  const type = v.content(event.type.name);
  const place = placeText(v, event);
  return html`<li class="event" part="event" data-event=${event.id}>
    ${heading(level, event.title, { cls: 'event-title', part: 'event-title' })}
    <p class="type" part="event-type" lang=${type.lang}>${type.text}</p>
    <p class="when" part="event-when">
      <time datetime=${event.startsAt}>${v.format.when(event.startsAt, event.endsAt)}</time>
    </p>
    ${place ? html`<p class="place" part="event-place"><span class="label">${v.t('place')}:</span> ${place}</p>` : nothing}
  </li>`;
}

/** The events under a heading per day. */
export function renderDays(
  v: ViewText,
  days: readonly EventDay<PublicEvent>[],
  level: number,
): TemplateResult {
  return html`<ol class="days" part="days">
    ${days.map(
      (day) => html`<li class="day" part="day" data-day=${day.day}>
        ${heading(level, v.format.day(day.day), { cls: 'day-heading', part: 'day-heading' })}
        <ul class="events" part="events">${day.events.map((event) => renderEvent(v, event, level + 1))}</ul>
      </li>`,
    )}
  </ol>`;
}
