import { describe, expect, it } from 'vitest';
import { calendarQuery, icsFeedUrl, NO_EVENT_FILTERS } from './calendar-query.ts';

describe('calendarQuery', () => {
  it('asks for the API defaults when nothing is chosen', () => {
    expect(calendarQuery(NO_EVENT_FILTERS)).toEqual({ ok: true, query: {} });
  });

  it('turns typed days into ISO days and keeps the type', () => {
    expect(calendarQuery({ type: 'concert', from: ' 12/06/2027 ', to: '30.6.2027' })).toEqual({
      ok: true,
      query: { type: 'concert', from: '2027-06-12', to: '2027-06-30' },
    });
  });

  it('says which day is not a real day', () => {
    expect(calendarQuery({ type: '', from: '31/02/2027', to: 'soon' })).toEqual({
      ok: false,
      problems: ['from-invalid', 'to-invalid'],
    });
  });

  it('refuses a last day before the first, and more than a year', () => {
    expect(calendarQuery({ type: '', from: '12/06/2027', to: '11/06/2027' })).toEqual({
      ok: false,
      problems: ['to-before-from'],
    });
    // 366 days at most, both counted, as the API allows.
    expect(calendarQuery({ type: '', from: '01/01/2027', to: '02/01/2028' })).toEqual({
      ok: false,
      problems: ['range-too-long'],
    });
    expect(calendarQuery({ type: '', from: '01/01/2027', to: '01/01/2028' }).ok).toBe(true);
  });
});

describe('icsFeedUrl', () => {
  it('carries the same query and the language, with or without a trailing slash', () => {
    const query = { type: 'concert', from: '2027-06-12' };
    const expected =
      'https://api.example.be/v1/tenants/liege/events.ics?type=concert&from=2027-06-12&lang=nl';
    expect(icsFeedUrl('https://api.example.be', 'liege', query, 'nl')).toBe(expected);
    expect(icsFeedUrl('https://api.example.be/', 'liege', query, 'nl')).toBe(expected);
  });
});
