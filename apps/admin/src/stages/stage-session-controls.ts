import { html, nothing, type TemplateResult } from 'lit';
import type { DraftPath } from '../forms/form-draft.ts';
import { pathId } from '../forms/form-draft.ts';
import type { Language } from '../i18n/languages.ts';
import type { MessageKey, MessageParams } from '../i18n/messages.ts';
import type { FormError } from '../ui/admin-view.ts';
import {
  ALLOCATIONS,
  AUDIENCES,
  centsOf,
  type DraftSession,
  datesOf,
  euros,
  numberOf,
  SIBLING_UNITS,
  WEEKDAYS,
} from './stage-draft.ts';

/** What a session's controls need from the editor: words, errors, and how to change the draft. */
export interface SessionContext {
  t: (key: MessageKey, params?: MessageParams) => string;
  ui: Language;
  error: (id: string) => FormError | undefined;
  update: (path: DraftPath, value: unknown) => void;
}

/** A Monday: the weekdays' names are read from the week that follows it. */
const A_MONDAY = Date.UTC(2027, 6, 5);

const weekdayName = (ui: Language, index: number): string =>
  new Intl.DateTimeFormat(ui, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(A_MONDAY + index * 86_400_000),
  );

const state = (context: SessionContext, id: string) => {
  const error = context.error(id);
  return {
    invalid: error ? 'true' : 'false',
    describedBy: error ? `${id}-error` : '',
    message: error ? html`<p id="${id}-error" class="field-error">${error.message}</p>` : nothing,
  };
};

const describedBy = (...ids: string[]) => ids.filter(Boolean).join(' ') || nothing;

/** One input bound to a value of the session at `path`. */
function input(
  context: SessionContext,
  path: DraftPath,
  options: {
    label: string;
    type: 'text' | 'date' | 'time' | 'number' | 'datetime-local';
    value: string;
    parse: (raw: string) => unknown;
    /** Instead of writing the parsed value at `path`. */
    set?: (raw: string) => void;
    hint?: string;
    step?: string;
    min?: string;
  },
): TemplateResult {
  const id = pathId(path);
  const own = state(context, id);
  const hintId = options.hint ? `${id}-hint` : '';
  return html`<div class="field">
    <label for=${id}>${options.label}</label>
    <input type=${options.type} id=${id} .value=${options.value} step=${options.step ?? nothing}
      min=${options.min ?? nothing} aria-invalid=${own.invalid} aria-describedby=${describedBy(hintId, own.describedBy)}
      @change=${(event: Event) => {
        const raw = (event.target as HTMLInputElement).value;
        if (options.set) options.set(raw);
        else context.update(path, options.parse(raw));
      }} />
    ${options.hint ? html`<p class="hint" id=${hintId}>${options.hint}</p>` : nothing}
    ${own.message}
  </div>`;
}

const text = (raw: string) => raw.trim();

function select(
  context: SessionContext,
  path: DraftPath,
  label: string,
  value: string,
  options: readonly { value: string; label: string }[],
): TemplateResult {
  const id = pathId(path);
  const own = state(context, id);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} aria-invalid=${own.invalid} aria-describedby=${describedBy(own.describedBy)}
      @change=${(event: Event) => context.update(path, (event.target as HTMLSelectElement).value)}>
      ${options.map((option) => html`<option value=${option.value} ?selected=${option.value === value}>${option.label}</option>`)}
    </select>
    ${own.message}
  </div>`;
}

/** The days: a range over weekdays, the days of it left out. */
function daysControls(context: SessionContext, path: DraftPath, session: DraftSession): TemplateResult {
  const { t } = context;
  const days = [...path, 'days'];
  const group = state(context, pathId(days));
  const weekdaysId = pathId([...days, 'weekdays']);
  const weekdays = state(context, weekdaysId);
  return html`<fieldset class="group" id=${pathId(days)} tabindex="-1">
    <legend>${t('stageDays')}</legend>
    <p class="hint">${t('stageDaysHint')}</p>
    ${group.message}
    <div class="row">
      ${input(context, [...days, 'from'], { label: t('stageFirstDay'), type: 'date', value: session.days.from, parse: text })}
      ${input(context, [...days, 'to'], { label: t('stageLastDay'), type: 'date', value: session.days.to, parse: text })}
    </div>
    <fieldset id=${weekdaysId} tabindex="-1" aria-describedby=${describedBy(weekdays.describedBy)}>
      <legend>${t('stageWeekdays')}</legend>
      ${weekdays.message}
      <div class="choices row">
        ${WEEKDAYS.map(
          (day, index) => html`<label class="choice" for="${weekdaysId}-${day}">
            <input type="checkbox" id="${weekdaysId}-${day}" .checked=${session.days.weekdays.includes(day)}
              @change=${(event: Event) => {
                const checked = (event.target as HTMLInputElement).checked;
                const chosen = new Set(session.days.weekdays);
                if (checked) chosen.add(day);
                else chosen.delete(day);
                context.update(
                  [...days, 'weekdays'],
                  WEEKDAYS.filter((candidate) => chosen.has(candidate)),
                );
              }} />
            ${weekdayName(context.ui, index)}
          </label>`,
        )}
      </div>
    </fieldset>
    ${input(context, [...days, 'except'], {
      label: t('stageExcept'),
      type: 'text',
      value: session.days.except.join(', '),
      parse: datesOf,
      hint: t('stageExceptHint'),
    })}
  </fieldset>`;
}

/** The openings: who may enrol from when, and how seats are given. */
function enrolmentControls(context: SessionContext, path: DraftPath, session: DraftSession): TemplateResult {
  const { t } = context;
  const enrolment = [...path, 'enrolment'];
  const windows = [...enrolment, 'windows'];
  const list = session.enrolment.windows;
  const group = state(context, pathId(windows));
  const allocation = session.enrolment.allocation;
  return html`<fieldset class="group" id=${pathId(enrolment)} tabindex="-1">
    <legend>${t('stageEnrolment')}</legend>
    <p class="hint">${t('stageEnrolmentHint')}</p>
    <div id=${pathId(windows)} tabindex="-1">${group.message}</div>
    <ol class="plain">
      ${list.map(
        (window, w) => html`<li class="row">
          ${input(context, [...windows, w, 'from'], {
            label: t('stageWindowFrom', { n: String(w + 1) }),
            type: 'datetime-local',
            value: window.from,
            parse: text,
          })}
          ${select(
            context,
            [...windows, w, 'for'],
            t('stageWindowFor', { n: String(w + 1) }),
            window.for,
            AUDIENCES.map((audience) => ({ value: audience, label: t(`stageAudience_${audience}`) })),
          )}
          <div class="field">
            <button type="button" class="button secondary small" id="${pathId([...windows, w])}-remove"
              ?disabled=${list.length === 1}
              @click=${() =>
                context.update(
                  windows,
                  list.filter((_, at) => at !== w),
                )}>
              ${t('stageRemoveWindow', { n: String(w + 1) })}
            </button>
          </div>
        </li>`,
      )}
    </ol>
    <button type="button" class="button secondary small" id="${pathId(windows)}-add"
      @click=${() => context.update(windows, [...list, { from: list.at(-1)?.from ?? '', for: 'everyone' }])}>
      ${t('stageAddWindow')}
    </button>
    <div class="row">
      ${select(
        context,
        [...enrolment, 'allocation', 'mode'],
        t('stageAllocation'),
        allocation.mode,
        ALLOCATIONS.map((mode) => ({ value: mode, label: t(`stageAllocation_${mode}`) })),
      )}
      ${
        allocation.mode === 'draw'
          ? input(context, [...enrolment, 'allocation', 'drawMinutes'], {
              label: t('stageDrawMinutes'),
              type: 'number',
              value: allocation.drawMinutes === undefined ? '' : String(allocation.drawMinutes),
              parse: numberOf,
              min: '1',
            })
          : nothing
      }
    </div>
  </fieldset>`;
}

/** Every control of one session but its toolbar; `held` says what families already took. */
export function sessionControls(
  context: SessionContext,
  index: number,
  session: DraftSession,
  held: { seatsTaken: number; enrolments: number } | undefined,
): TemplateResult {
  const { t } = context;
  const path: DraftPath = ['sessions', index];
  const prices = [...path, 'prices'];
  const cancellation = [...path, 'cancellation'];
  const reduction = session.prices.siblingReduction;
  return html`
    ${
      held
        ? html`<p class="hint" id="${pathId(path)}-held">${t('stageSessionHeld', {
            seats: String(held.seatsTaken),
            enrolments: String(held.enrolments),
          })}</p>`
        : input(context, [...path, 'key'], {
            label: t('stageSessionKey'),
            type: 'text',
            value: session.key,
            parse: text,
            hint: t('stageKeyHint'),
          })
    }
    ${daysControls(context, path, session)}
    <div class="row">
      ${input(context, [...path, 'hours', 'from'], { label: t('stageHoursFrom'), type: 'time', value: session.hours.from, parse: text })}
      ${input(context, [...path, 'hours', 'to'], { label: t('stageHoursTo'), type: 'time', value: session.hours.to, parse: text })}
      ${input(context, [...path, 'ages', 'min'], {
        label: t('stageAgeMin'),
        type: 'number',
        value: session.ages.min === undefined ? '' : String(session.ages.min),
        parse: numberOf,
        min: '0',
      })}
      ${input(context, [...path, 'ages', 'max'], {
        label: t('stageAgeMax'),
        type: 'number',
        value: session.ages.max === undefined ? '' : String(session.ages.max),
        parse: numberOf,
        min: '0',
      })}
      ${input(context, [...path, 'capacity'], {
        label: t('stageCapacity'),
        type: 'number',
        value: session.capacity === undefined ? '' : String(session.capacity),
        parse: numberOf,
        min: String(Math.max(1, held?.seatsTaken ?? 1)),
      })}
    </div>
    <fieldset class="group" id=${pathId(prices)} tabindex="-1">
      <legend>${t('stagePrices')}</legend>
      <div class="row">
        ${input(context, [...prices, 'residentCents'], { label: t('stagePriceResident'), type: 'number', step: '0.01', min: '0', value: euros(session.prices.residentCents), parse: centsOf })}
        ${input(context, [...prices, 'nonResidentCents'], { label: t('stagePriceNonResident'), type: 'number', step: '0.01', min: '0', value: euros(session.prices.nonResidentCents), parse: centsOf })}
        ${input(context, [...prices, 'socialCents'], { label: t('stagePriceSocial'), type: 'number', step: '0.01', min: '0', value: euros(session.prices.socialCents), parse: centsOf })}
      </div>
      <div class="row">
        ${input(context, [...prices, 'siblingReduction', 'cents'], {
          label: t('stageSiblingReduction'),
          type: 'number',
          step: '0.01',
          min: '0',
          value: euros(reduction?.cents),
          parse: centsOf,
          // The reduction is one object: emptied, it goes; set, it keeps its unit.
          set: (raw) => {
            const cents = centsOf(raw);
            context.update(
              [...prices, 'siblingReduction'],
              cents === undefined ? undefined : { cents, per: reduction?.per ?? 'session' },
            );
          },
        })}
        ${
          reduction
            ? select(
                context,
                [...prices, 'siblingReduction', 'per'],
                t('stageSiblingPer'),
                reduction.per,
                SIBLING_UNITS.map((unit) => ({ value: unit, label: t(`stageSiblingPer_${unit}`) })),
              )
            : nothing
        }
      </div>
    </fieldset>
    ${enrolmentControls(context, path, session)}
    <fieldset class="group" id=${pathId(cancellation)} tabindex="-1">
      <legend>${t('stageCancellation')}</legend>
      <div class="row">
        ${input(context, [...cancellation, 'freeUntilDaysBefore'], {
          label: t('stageFreeUntil'),
          type: 'number',
          min: '0',
          value:
            session.cancellation.freeUntilDaysBefore === undefined
              ? ''
              : String(session.cancellation.freeUntilDaysBefore),
          parse: numberOf,
        })}
        ${input(context, [...cancellation, 'feeCents'], { label: t('stageFee'), type: 'number', step: '0.01', min: '0', value: euros(session.cancellation.feeCents), parse: centsOf })}
        <div class="field">
          <label class="choice" for=${pathId([...cancellation, 'medicalException'])}>
            <input type="checkbox" id=${pathId([...cancellation, 'medicalException'])} .checked=${session.cancellation.medicalException}
              @change=${(event: Event) => context.update([...cancellation, 'medicalException'], (event.target as HTMLInputElement).checked)} />
            ${t('stageMedical')}
          </label>
        </div>
      </div>
    </fieldset>`;
}
