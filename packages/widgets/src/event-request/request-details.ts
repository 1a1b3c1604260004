import { formatDayInput, parseDayInput } from '../core/day-input.ts';
import { brusselsDayTime, brusselsInstant, daysBetween, parseTimeInput } from './brussels-time.ts';
import type {
  Availability,
  AvailabilityQuery,
  EventRequest,
  EventRequestInput,
  FieldError,
} from './event-request-api.ts';

/** An event lasts at most this many days, and is asked at most this far ahead (the API's limits). */
export const MAX_EVENT_DAYS = 31;
export const MAX_DAYS_AHEAD = 2 * 366;

/** The details of the request as the requester typed them. */
export interface DetailsInput {
  title: string;
  startDay: string;
  startTime: string;
  endDay: string;
  endTime: string;
  where: 'place' | 'address';
  place: string;
  street: string;
  number: string;
  box: string;
  postalCode: string;
  city: string;
  attendance: string;
  /** Quantity typed per equipment key. */
  equipment: Readonly<Record<string, string>>;
  public: boolean;
  /** The association it is asked on behalf of; '' for the requester themselves. */
  associationId: string;
}

export const EMPTY_DETAILS: DetailsInput = {
  title: '',
  startDay: '',
  startTime: '',
  endDay: '',
  endTime: '',
  where: 'place',
  place: '',
  street: '',
  number: '',
  box: '',
  postalCode: '',
  city: '',
  attendance: '',
  equipment: {},
  public: false,
  associationId: '',
};

/** The inputs of the details step, in the order they are shown (an equipment's is `equipment.<key>`). */
export const DETAIL_CONTROLS = [
  'title',
  'startDay',
  'startTime',
  'endDay',
  'endTime',
  'place',
  'street',
  'number',
  'box',
  'postalCode',
  'city',
  'attendance',
] as const;

export type DetailsCode =
  | 'required'
  | 'too_long'
  | 'invalid_day'
  | 'invalid_time'
  | 'end_before_start'
  | 'event_too_long'
  | 'in_past'
  | 'too_far'
  | 'postal_code'
  | 'whole_number'
  | 'over_stock'
  | 'lead_time'
  | 'place_taken'
  | 'equipment_short';

/** What is wrong at one control, with what the message quotes (raw: days as YYYY-MM-DD). */
export interface DetailsProblem {
  control: string;
  code: DetailsCode;
  params?: Readonly<Record<string, string>>;
}

/** The details once valid: what the API's request body holds besides the type and the answers. */
export type DetailsValue = Omit<EventRequestInput, 'type' | 'answers'> & {
  equipment: { key: string; quantity: number }[];
};

export type DetailsResult = { ok: true; value: DetailsValue } | { ok: false; problems: DetailsProblem[] };

const WHOLE = /^\d{1,7}$/;

/**
 * Checks the typed details as the API will (required values, real days and times, the end after
 * the start, at most 31 days, in the future and at most two years ahead, a Belgian postal code,
 * whole quantities within the stock); `today` is the Brussels day.
 */
export function checkDetails(
  input: DetailsInput,
  stock: ReadonlyMap<string, number>,
  today: string,
): DetailsResult {
  const problems: DetailsProblem[] = [];
  const required = (control: keyof DetailsInput, value: string) => {
    if (value.trim() === '') problems.push({ control, code: 'required' });
    return value.trim();
  };
  const title = required('title', input.title);
  if (title.length > 200) problems.push({ control: 'title', code: 'too_long', params: { max: '200' } });
  const day = (control: 'startDay' | 'endDay') => {
    const text = required(control, input[control]);
    const parsed = text === '' ? undefined : parseDayInput(text);
    if (text !== '' && parsed === undefined) problems.push({ control, code: 'invalid_day' });
    return parsed;
  };
  const time = (control: 'startTime' | 'endTime') => {
    const text = required(control, input[control]);
    const parsed = text === '' ? undefined : parseTimeInput(text);
    if (text !== '' && parsed === undefined) problems.push({ control, code: 'invalid_time' });
    return parsed;
  };
  const startDay = day('startDay');
  const startTime = time('startTime');
  const endDay = day('endDay');
  const endTime = time('endTime');
  let startsAt: string | undefined;
  let endsAt: string | undefined;
  if (startDay && startTime && endDay && endTime) {
    startsAt = brusselsInstant(startDay, startTime);
    endsAt = brusselsInstant(endDay, endTime);
    const length = Date.parse(endsAt) - Date.parse(startsAt);
    if (length <= 0) problems.push({ control: 'endDay', code: 'end_before_start' });
    else if (length > MAX_EVENT_DAYS * 86_400_000)
      problems.push({ control: 'endDay', code: 'event_too_long', params: { days: String(MAX_EVENT_DAYS) } });
    if (daysBetween(today, startDay) <= 0) problems.push({ control: 'startDay', code: 'in_past' });
    else if (daysBetween(today, startDay) > MAX_DAYS_AHEAD)
      problems.push({ control: 'startDay', code: 'too_far' });
  }
  let place: string | undefined;
  let address: DetailsValue['address'];
  if (input.where === 'place') place = required('place', input.place) || undefined;
  else {
    const street = required('street', input.street);
    const number = required('number', input.number);
    const postalCode = required('postalCode', input.postalCode);
    if (postalCode !== '' && !/^\d{4}$/.test(postalCode))
      problems.push({ control: 'postalCode', code: 'postal_code' });
    const city = required('city', input.city);
    const box = input.box.trim();
    address = { street, number, postalCode, city, ...(box === '' ? {} : { box }) };
  }
  let expectedAttendance: number | undefined;
  const attendance = input.attendance.trim();
  if (attendance !== '') {
    if (WHOLE.test(attendance)) expectedAttendance = Number(attendance);
    else problems.push({ control: 'attendance', code: 'whole_number' });
  }
  const equipment: DetailsValue['equipment'] = [];
  for (const [key, typed] of Object.entries(input.equipment)) {
    const text = typed.trim();
    if (text === '' || text === '0') continue;
    const control = `equipment.${key}`;
    const available = stock.get(key) ?? 0;
    if (!WHOLE.test(text)) problems.push({ control, code: 'whole_number' });
    else if (Number(text) > available)
      problems.push({ control, code: 'over_stock', params: { count: String(available) } });
    else equipment.push({ key, quantity: Number(text) });
  }
  if (problems.length > 0 || startsAt === undefined || endsAt === undefined) return { ok: false, problems };
  return {
    ok: true,
    value: {
      title,
      startsAt,
      endsAt,
      ...(place === undefined ? {} : { place }),
      ...(address === undefined ? {} : { address }),
      ...(expectedAttendance === undefined ? {} : { expectedAttendance }),
      equipment,
      public: input.public,
      ...(input.associationId === '' ? {} : { associationId: input.associationId }),
    },
  };
}

/**
 * The live check's question as soon as the days and times make a period (the rest of the details
 * may still be missing): the place when one is chosen, the quantities that are whole and in stock.
 */
export function availabilityQuery(
  type: string,
  input: DetailsInput,
  stock: ReadonlyMap<string, number>,
): AvailabilityQuery | undefined {
  const startDay = parseDayInput(input.startDay);
  const startTime = parseTimeInput(input.startTime);
  const endDay = parseDayInput(input.endDay);
  const endTime = parseTimeInput(input.endTime);
  if (!startDay || !startTime || !endDay || !endTime) return undefined;
  const from = brusselsInstant(startDay, startTime);
  const to = brusselsInstant(endDay, endTime);
  if (Date.parse(to) <= Date.parse(from)) return undefined;
  const equipment = Object.entries(input.equipment)
    .map(([key, typed]) => [key, typed.trim()] as const)
    .filter(([key, text]) => WHOLE.test(text) && Number(text) > 0 && Number(text) <= (stock.get(key) ?? 0))
    .map(([key, text]) => `${key}:${Number(text)}`)
    .join(',');
  const place = input.where === 'place' && input.place !== '' ? input.place : undefined;
  return {
    type,
    from,
    to,
    ...(place === undefined ? {} : { place }),
    ...(equipment === '' ? {} : { equipment }),
  };
}

/** What the live check says against the request: too soon, the place taken, equipment short. */
export function availabilityProblems(availability: Availability): DetailsProblem[] {
  const problems: DetailsProblem[] = [];
  if (!availability.leadTimeOk)
    problems.push({ control: 'startDay', code: 'lead_time', params: { day: availability.earliestStart } });
  if (!availability.placeFree)
    problems.push({
      control: 'place',
      code: 'place_taken',
      params: {
        from: availability.clashes[0]?.startsAt ?? '',
        to: availability.clashes[0]?.endsAt ?? '',
      },
    });
  for (const line of availability.equipment)
    if (line.available < line.requested)
      problems.push({
        control: `equipment.${line.key}`,
        code: 'equipment_short',
        params: { available: String(line.available) },
      });
  return problems;
}

/**
 * The reasons of a refused submission that concern the details, at their control (the others,
 * under `answers.`, are the form's); the message is the widget's own, so the API's English is not shown.
 */
export function submissionProblems(errors: readonly FieldError[], leadTimeStart: string): DetailsProblem[] {
  return errors.flatMap((error): DetailsProblem[] => {
    if (error.code === 'lead_time')
      return [{ control: 'startDay', code: 'lead_time', params: { day: leadTimeStart } }];
    if (error.code === 'place_taken')
      return [{ control: 'place', code: 'place_taken', params: { from: '', to: '' } }];
    if (error.code === 'equipment_short' && error.path.startsWith('equipment.'))
      return [{ control: error.path, code: 'equipment_short', params: { available: '' } }];
    return [];
  });
}

export function requestBody(
  type: string,
  value: DetailsValue,
  answers: Record<string, unknown>,
): EventRequestInput {
  return { type, ...value, answers };
}

/** A saved request's details as the inputs show them, to change and send it again. */
export function detailsOf(request: EventRequest): DetailsInput {
  const start = brusselsDayTime(request.startsAt);
  const end = brusselsDayTime(request.endsAt);
  const address = request.address;
  return {
    title: request.title,
    startDay: formatDayInput(start.day),
    startTime: start.time,
    endDay: formatDayInput(end.day),
    endTime: end.time,
    where: address ? 'address' : 'place',
    place: request.place ?? '',
    street: address?.street ?? '',
    number: address?.number ?? '',
    box: address?.box ?? '',
    postalCode: address?.postalCode ?? '',
    city: address?.city ?? '',
    attendance: request.expectedAttendance === null ? '' : String(request.expectedAttendance),
    equipment: Object.fromEntries(request.equipment.map((line) => [line.key, String(line.quantity)])),
    public: request.public,
    associationId: request.association?.id ?? '',
  };
}
