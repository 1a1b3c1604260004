import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../core/heading.ts';
import type { LocalizedValue } from '../core/resolve-language.ts';
import type { LocalizedText } from '../core/tenant-types.ts';
import { CATEGORY_TEXT, type Message, sessionStatus } from './message-choice.ts';
import type { FilterChild, FilterOptions, StageFilters } from './stage-filters.ts';
import { isoWeekMonday, type StageFormat } from './stage-format.ts';
import type { Stage, StageSession } from './stages-api.ts';
import type { StagesMessageKey } from './stages-messages.ts';

/** What the views need to write text: the interface's messages, the commune's texts, formats. */
export interface ViewText {
  t(key: StagesMessageKey, params?: Readonly<Record<string, string>>): string;
  content(text: LocalizedText): LocalizedValue;
  format: StageFormat;
}

/** A message with its instants written as dates and times. */
export function say(v: ViewText, message: Message): string {
  const instants = Object.fromEntries(
    Object.entries(message.instants ?? {}).map(([name, iso]) => [name, v.format.instant(iso)]),
  );
  return v.t(message.key, { ...message.params, ...instants });
}

export function heading(level: number, text: string, options: { id?: string; cls: string; part: string }) {
  const tag = headingTag(level);
  return options.id
    ? staticHtml`<${tag} id=${options.id} class=${options.cls} part=${options.part} tabindex="-1">${text}</${tag}>`
    : staticHtml`<${tag} class=${options.cls} part=${options.part}>${text}</${tag}>`;
}

export interface FiltersInput {
  options: FilterOptions;
  filters: StageFilters;
  children: readonly (FilterChild & { firstName: string })[];
  onChange: (event: Event) => void;
  onReset: () => void;
}

/** Labelled selects that filter the list as soon as one changes; the result count is announced. */
export function renderFilters(v: ViewText, input: FiltersInput): TemplateResult {
  const { options, filters } = input;
  const select = (
    name: keyof StageFilters,
    label: StagesMessageKey,
    choices: readonly { value: string; text: string }[],
    anyText: StagesMessageKey = 'any',
  ) => html`<div class="filter">
    <label for="filter-${name}">${v.t(label)}</label>
    <select id="filter-${name}" name=${name} part="filter" @change=${input.onChange}>
      <option value="" ?selected=${filters[name] === ''}>${v.t(anyText)}</option>
      ${choices.map((c) => html`<option value=${c.value} ?selected=${filters[name] === c.value}>${c.text}</option>`)}
    </select>
  </div>`;
  const weeks = options.weeks.map((week) => {
    const monday = isoWeekMonday(week);
    return { value: week, text: monday ? v.t('weekOf', { date: v.format.day(monday) }) : week };
  });
  const ages = [
    ...input.children.map((child) => ({
      value: `child:${child.id}`,
      text: v.t('forMyChild', { name: child.firstName }),
    })),
    ...options.ages.map((age) => ({ value: String(age), text: v.t('ageYears', { age: String(age) }) })),
  ];
  return html`<form class="filters" part="filters" aria-labelledby="filters-title" @submit=${(e: Event) => e.preventDefault()}>
    <p id="filters-title" class="filters-title">${v.t('filters')}</p>
    ${select('week', 'filterWeek', weeks)}
    ${select('age', 'filterAge', ages, 'anyAge')}
    ${select(
      'category',
      'filterCategory',
      options.categories.map((c) => ({ value: c, text: v.t(CATEGORY_TEXT[c]) })),
    )}
    ${select(
      'place',
      'filterPlace',
      options.places.map((p) => ({ value: p.key, text: p.name })),
    )}
    <button type="button" class="button secondary reset" part="reset-button" @click=${input.onReset}>${v.t('resetFilters')}</button>
  </form>`;
}

/** One session: days, hours, ages, prices, and where enrolment stands (seats, opening, waitlist, draw). */
export function renderSession(v: ViewText, session: StageSession): TemplateResult {
  const { prices } = session;
  const status = sessionStatus(session);
  const full = session.enrolment.status === 'open' && session.seatsLeft <= 0;
  return html`<li class="session" part="session" data-session=${session.key}>
    <dl class="facts">
      <dt>${v.t('days')}</dt><dd>${v.format.days(session.days)}</dd>
      <dt>${v.t('hours')}</dt>
      <dd>${v.t('hoursRange', { from: v.format.time(session.hours.from), to: v.format.time(session.hours.to) })}</dd>
      <dt>${v.t('ages')}</dt>
      <dd>${v.t('agesRange', { min: String(session.ages.min), max: String(session.ages.max) })}</dd>
      <dt>${v.t('price')}</dt>
      <dd>${v.t('priceResident', { price: v.format.price(prices.residentCents) })};
        ${v.t('priceNonResident', { price: v.format.price(prices.nonResidentCents) })}</dd>
    </dl>
    <ul class="status ${full ? 'full' : ''}" part="session-status">
      ${status.map((message, index) => html`<li class=${index === 0 ? 'status-main' : ''} data-status=${message.key}>${say(v, message)}</li>`)}
    </ul>
  </li>`;
}

export interface CardInput {
  headingLevel: number;
  href: string;
  onOpen: (event: MouseEvent) => void;
}

/** A stage in the list: title, kind, place, its sessions, and the link that opens it. */
export function renderStageCard(v: ViewText, stage: Stage, input: CardInput): TemplateResult {
  const title = v.content(stage.title);
  return html`<li class="card" part="card">
    ${heading(input.headingLevel, title.text, { cls: 'card-title', part: 'card-title' })}
    <p class="kind" part="card-kind">${v.t(CATEGORY_TEXT[stage.category])} · ${stage.place.name}</p>
    <ul class="sessions" part="sessions" aria-label=${`${v.t('sessions')}: ${title.text}`}>
      ${stage.sessions.map((session) => renderSession(v, session))}
    </ul>
    <a class="button open" part="open-link" href=${input.href} data-stage=${stage.key} @click=${input.onOpen}>
      ${v.t('seeSessions')}<span class="visually-hidden">: ${title.text}</span>
    </a>
  </li>`;
}

export function renderPlace(v: ViewText, stage: Stage): TemplateResult {
  const { address } = stage.place;
  return html`<p class="place" part="place"><strong>${v.t('place')}:</strong> ${stage.place.name},
    ${address.street} ${address.number}${address.box ? ` ${address.box}` : nothing}, ${address.postalCode} ${address.city}</p>`;
}
