import { html, type TemplateResult } from 'lit';
import type { AssociationSummary, EventEquipmentItem, EventPlace, EventType } from './event-request-api.ts';
import type { DetailsValue } from './request-details.ts';
import type { StepView } from './step-view.ts';

export interface ReviewSlot {
  type: EventType;
  details: DetailsValue;
  places: readonly EventPlace[];
  equipment: readonly EventEquipmentItem[];
  associations: readonly AssociationSummary[];
  changeType(): void;
  changeDetails(): void;
}

function row(label: string, text: string): TemplateResult {
  return html`<div class="answer"><dt>${label}</dt><dd>${text}</dd></div>`;
}

function changeButton(view: StepView, step: string, change: () => void): TemplateResult {
  return html`<button type="button" class="link" part="change" @click=${change}>
    ${view.t('change')}<span class="visually-hidden"> ${view.t('changeHidden', { step })}</span>
  </button>`;
}

/** The period in the interface's language, Brussels time: "12 June 2027, 14:00 – 23:00". */
export function formatPeriod(ui: string, startsAt: string, endsAt: string): string {
  return new Intl.DateTimeFormat(`${ui}-BE`, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).formatRange(new Date(startsAt), new Date(endsAt));
}

/** The kind of event and the details as they will be sent, each part with a way back to change it. */
export function renderRequestReview(view: StepView, slot: ReviewSlot): TemplateResult {
  const { details } = slot;
  const place = slot.places.find((candidate) => candidate.key === details.place);
  const address = details.address;
  const where = place
    ? place.name
    : address
      ? `${address.street} ${address.number}${address.box ? ` / ${address.box}` : ''}, ${address.postalCode} ${address.city}`
      : '';
  const equipment = details.equipment.map((line) => {
    const item = slot.equipment.find((candidate) => candidate.key === line.key);
    return view.t('equipmentLine', {
      quantity: String(line.quantity),
      name: item ? view.content(item.name) : line.key,
    });
  });
  return html`<div class="review-page" part="review-page">
      <div class="review-heading">
        ${view.heading(view.sectionLevel, view.t('stepType'))}
        ${changeButton(view, view.t('stepType'), slot.changeType)}
      </div>
      <dl class="answers" part="answers">${row(view.t('rowType'), view.content(slot.type.name))}</dl>
    </div>
    <div class="review-page" part="review-page">
      <div class="review-heading">
        ${view.heading(view.sectionLevel, view.t('stepDetails'))}
        ${changeButton(view, view.t('stepDetails'), slot.changeDetails)}
      </div>
      <dl class="answers" part="answers">
        ${
          details.associationId
            ? row(
                view.t('associationLabel'),
                slot.associations.find((a) => a.id === details.associationId)?.name ?? '',
              )
            : ''
        }
        ${row(view.t('rowTitle'), details.title)}
        ${row(view.t('rowWhen'), formatPeriod(view.ui, details.startsAt, details.endsAt))}
        ${row(view.t('rowWhere'), where)}
        ${row(
          view.t('rowAttendance'),
          details.expectedAttendance === undefined
            ? view.t('none')
            : new Intl.NumberFormat(view.ui).format(details.expectedAttendance),
        )}
        ${row(view.t('rowEquipment'), equipment.length > 0 ? new Intl.ListFormat(view.ui).format(equipment) : view.t('none'))}
        ${slot.type.publicCalendar ? row(view.t('rowPublic'), view.t(details.public ? 'yes' : 'no')) : ''}
      </dl>
    </div>`;
}
