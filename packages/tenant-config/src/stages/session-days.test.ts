import { describe, expect, it } from 'vitest';
import { expandDayRange, WORKING_WEEK } from './session-days.ts';

describe('expandDayRange', () => {
  it('gives the working days of a week', () => {
    expect(expandDayRange({ from: '2027-07-05', to: '2027-07-09', weekdays: WORKING_WEEK })).toEqual([
      '2027-07-05',
      '2027-07-06',
      '2027-07-07',
      '2027-07-08',
      '2027-07-09',
    ]);
  });

  it('leaves out the National Day and week-ends', () => {
    expect(expandDayRange({ from: '2027-07-19', to: '2027-07-25', weekdays: WORKING_WEEK })).toEqual([
      '2027-07-19',
      '2027-07-20',
      '2027-07-22',
      '2027-07-23',
    ]);
  });

  it('keeps only the weekdays asked for, over two weeks', () => {
    expect(expandDayRange({ from: '2027-08-02', to: '2027-08-13', weekdays: ['wed', 'sat'] })).toEqual([
      '2027-08-04',
      '2027-08-07',
      '2027-08-11',
    ]);
  });

  it('is empty for a range that is only a holiday', () => {
    expect(expandDayRange({ from: '2027-07-21', to: '2027-07-21', weekdays: WORKING_WEEK })).toEqual([]);
  });
});
