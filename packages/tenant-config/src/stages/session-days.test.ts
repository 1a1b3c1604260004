import { describe, expect, it } from 'vitest';
import { expandDayRange, rangeOfDays, WORKING_WEEK } from './session-days.ts';

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

describe('rangeOfDays', () => {
  it('gives a range over the weekdays used and the days it leaves out, which expandDayRange gives back', () => {
    const days = ['2027-07-05', '2027-07-06', '2027-07-07', '2027-07-09', '2027-07-12', '2027-07-15'];
    const range = rangeOfDays(days);
    expect(range).toEqual({
      from: '2027-07-05',
      to: '2027-07-15',
      weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      except: ['2027-07-08', '2027-07-13', '2027-07-14'],
    });
    expect(expandDayRange(range).filter((day) => !range.except.includes(day))).toEqual(days);
  });

  it('keeps a public holiday out of the days left out, and names the weekdays used when many are out', () => {
    expect(rangeOfDays(['2027-07-19', '2027-07-20', '2027-07-22', '2027-07-23'])).toEqual({
      from: '2027-07-19',
      to: '2027-07-23',
      weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      except: [],
    });
    expect(rangeOfDays(['2027-07-05', '2027-07-07', '2027-07-12', '2027-07-14'])).toEqual({
      from: '2027-07-05',
      to: '2027-07-14',
      weekdays: ['mon', 'wed'],
      except: [],
    });
  });
});
