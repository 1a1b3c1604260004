import type { Language } from '../core/tenant-types.ts';
import type { EventRequestMessageKey } from './event-request-messages.ts';
import type { DetailsCode, DetailsProblem } from './request-details.ts';

type Translate = (key: EventRequestMessageKey, params?: Readonly<Record<string, string>>) => string;

const MESSAGES: Readonly<Record<DetailsCode, EventRequestMessageKey>> = {
  required: 'errorRequired',
  too_long: 'errorTooLong',
  invalid_day: 'errorInvalidDay',
  invalid_time: 'errorInvalidTime',
  end_before_start: 'errorEndBeforeStart',
  event_too_long: 'errorEventTooLong',
  in_past: 'errorInPast',
  too_far: 'errorTooFar',
  postal_code: 'errorPostalCode',
  whole_number: 'errorWholeNumber',
  over_stock: 'errorOverStock',
  lead_time: 'errorLeadTime',
  place_taken: 'errorPlaceTaken',
  equipment_short: 'errorEquipmentShort',
};

/** A problem of the details step in words, its days and times written the way of the language. */
export function problemText(problem: DetailsProblem, ui: Language, t: Translate): string {
  const params = { ...problem.params };
  if (problem.code === 'lead_time' && params.day)
    params.day = new Intl.DateTimeFormat(`${ui}-BE`, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${params.day}T00:00:00Z`),
    );
  if (problem.code === 'place_taken') {
    if (!params.from || !params.to) return t('errorPlaceTakenNow');
    const format = new Intl.DateTimeFormat(`${ui}-BE`, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Brussels',
    });
    params.from = format.format(new Date(params.from));
    params.to = format.format(new Date(params.to));
  }
  if (problem.code === 'equipment_short' && !params.available) return t('errorEquipmentShortNow');
  return t(MESSAGES[problem.code], params);
}
