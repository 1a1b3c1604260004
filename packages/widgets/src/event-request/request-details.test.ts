import { describe, expect, it } from 'vitest';
import type { EventRequest } from './event-request-api.ts';
import {
  availabilityProblems,
  availabilityQuery,
  checkDetails,
  type DetailsInput,
  detailsOf,
  EMPTY_DETAILS,
  submissionProblems,
} from './request-details.ts';

const TODAY = '2027-04-01';
const stock = new Map([
  ['tables', 20],
  ['podium', 1],
]);

const filled: DetailsInput = {
  ...EMPTY_DETAILS,
  title: ' Fête de la rue Haute ',
  startDay: '12/06/2027',
  startTime: '14:00',
  endDay: '12/06/2027',
  endTime: '23h00',
  place: 'place-du-marche',
  attendance: '300',
  equipment: { tables: '10', podium: '' },
};

const codes = (input: DetailsInput) => {
  const result = checkDetails(input, stock, TODAY);
  return result.ok ? [] : result.problems.map((problem) => `${problem.control}:${problem.code}`);
};

describe('checkDetails', () => {
  it('turns valid details into the request body, times in Brussels', () => {
    expect(checkDetails(filled, stock, TODAY)).toEqual({
      ok: true,
      value: {
        title: 'Fête de la rue Haute',
        startsAt: '2027-06-12T14:00:00+02:00',
        endsAt: '2027-06-12T23:00:00+02:00',
        place: 'place-du-marche',
        expectedAttendance: 300,
        equipment: [{ key: 'tables', quantity: 10 }],
        public: false,
      },
    });
  });

  it('asks on behalf of the association chosen, and for the requester themselves by default', () => {
    const associationId = '6f1c2d9e-0000-4000-8000-000000000001';
    const mine = checkDetails({ ...filled, associationId }, stock, TODAY);
    expect(mine.ok && mine.value.associationId).toBe(associationId);
    const own = checkDetails(filled, stock, TODAY);
    expect(own.ok && 'associationId' in own.value).toBe(false);
  });

  it('says what is missing at each control', () => {
    expect(codes(EMPTY_DETAILS)).toEqual([
      'title:required',
      'startDay:required',
      'startTime:required',
      'endDay:required',
      'endTime:required',
      'place:required',
    ]);
    expect(codes({ ...EMPTY_DETAILS, where: 'address' })).toContain('street:required');
  });

  it('refuses days and times that do not exist, and an end before the start', () => {
    expect(codes({ ...filled, startDay: '31/02/2027', endTime: '25:00' })).toEqual([
      'startDay:invalid_day',
      'endTime:invalid_time',
    ]);
    expect(codes({ ...filled, endTime: '13:00' })).toEqual(['endDay:end_before_start']);
    expect(codes({ ...filled, endDay: '14/07/2027' })).toEqual(['endDay:event_too_long']);
  });

  it('asks for a first day after today and not more than two years ahead', () => {
    expect(codes({ ...filled, startDay: '01/04/2027', endDay: '02/04/2027' })).toEqual(['startDay:in_past']);
    expect(codes({ ...filled, startDay: '12/06/2030', endDay: '12/06/2030' })).toEqual(['startDay:too_far']);
  });

  it('checks an address, the attendance and quantities within the stock', () => {
    const address = {
      where: 'address',
      street: 'Rue Haute',
      number: '4',
      postalCode: '40000',
      city: 'Liège',
    };
    expect(codes({ ...filled, ...address } as DetailsInput)).toEqual(['postalCode:postal_code']);
    expect(codes({ ...filled, attendance: 'many', equipment: { tables: '21', podium: '1.5' } })).toEqual([
      'attendance:whole_number',
      'equipment.tables:over_stock',
      'equipment.podium:whole_number',
    ]);
    const result = checkDetails({ ...filled, ...address, postalCode: '4000' } as DetailsInput, stock, TODAY);
    expect(result.ok && result.value.address).toEqual({
      street: 'Rue Haute',
      number: '4',
      postalCode: '4000',
      city: 'Liège',
    });
  });
});

describe('the live availability check', () => {
  it('asks about the type, dates, place and equipment', () => {
    expect(availabilityQuery('concert', { ...filled, title: '' }, stock)).toEqual({
      type: 'concert',
      from: '2027-06-12T14:00:00+02:00',
      to: '2027-06-12T23:00:00+02:00',
      place: 'place-du-marche',
      equipment: 'tables:10',
    });
  });

  it('waits for a period, and leaves out what cannot be asked yet', () => {
    expect(availabilityQuery('concert', { ...filled, endTime: '' }, stock)).toBeUndefined();
    expect(availabilityQuery('concert', { ...filled, endTime: '10:00' }, stock)).toBeUndefined();
    expect(
      availabilityQuery('concert', { ...filled, place: '', equipment: { tables: '99', podium: '1' } }, stock),
    ).toEqual({
      type: 'concert',
      from: '2027-06-12T14:00:00+02:00',
      to: '2027-06-12T23:00:00+02:00',
      equipment: 'podium:1',
    });
  });

  it('says the lead time, a clash and short equipment at their controls', () => {
    expect(
      availabilityProblems({
        leadTimeOk: false,
        earliestStart: '2027-06-30',
        placeFree: false,
        clashes: [{ startsAt: '2027-06-12T10:00:00.000Z', endsAt: '2027-06-12T20:00:00.000Z' }],
        equipment: [
          { key: 'tables', requested: 10, available: 4 },
          { key: 'podium', requested: 1, available: 1 },
        ],
      }),
    ).toEqual([
      { control: 'startDay', code: 'lead_time', params: { day: '2027-06-30' } },
      {
        control: 'place',
        code: 'place_taken',
        params: { from: '2027-06-12T10:00:00.000Z', to: '2027-06-12T20:00:00.000Z' },
      },
      { control: 'equipment.tables', code: 'equipment_short', params: { available: '4' } },
    ]);
  });

  it('places the reasons of a refused submission at the same controls', () => {
    expect(
      submissionProblems(
        [
          { path: 'startsAt', code: 'lead_time', message: 'too soon' },
          { path: 'answers.programme', code: 'required', message: 'required' },
          { path: 'equipment.tables', code: 'equipment_short', message: 'short' },
        ],
        '2027-06-30',
      ).map((problem) => `${problem.control}:${problem.code}`),
    ).toEqual(['startDay:lead_time', 'equipment.tables:equipment_short']);
  });
});

describe('detailsOf (on behalf of)', () => {
  it('keeps the association a draft is asked for', () => {
    const request = {
      title: 'Marché',
      startsAt: '2027-06-12T12:00:00.000Z',
      endsAt: '2027-06-12T16:30:00.000Z',
      place: 'place-du-marche',
      address: null,
      expectedAttendance: null,
      equipment: [],
      public: false,
      association: { id: 'a1', name: 'Comité', companyNumber: null },
    } as unknown as EventRequest;
    expect(detailsOf(request).associationId).toBe('a1');
  });
});

describe('detailsOf', () => {
  it('shows a saved request as typed inputs again', () => {
    const request = {
      title: 'Marché',
      startsAt: '2027-06-12T12:00:00.000Z',
      endsAt: '2027-06-13T16:30:00.000Z',
      place: null,
      address: { street: 'Rue Haute', number: '4', postalCode: '4000', city: 'Liège' },
      expectedAttendance: null,
      equipment: [{ key: 'tables', quantity: 3 }],
      public: true,
    } as unknown as EventRequest;
    expect(detailsOf(request)).toEqual({
      ...EMPTY_DETAILS,
      title: 'Marché',
      startDay: '12/06/2027',
      startTime: '14:00',
      endDay: '13/06/2027',
      endTime: '18:30',
      where: 'address',
      street: 'Rue Haute',
      number: '4',
      postalCode: '4000',
      city: 'Liège',
      equipment: { tables: '3' },
      public: true,
    });
  });
});
