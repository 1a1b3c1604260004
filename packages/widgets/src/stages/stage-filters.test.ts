import { describe, expect, it } from 'vitest';
import { ageOn, filterOptions, filterStages, NO_FILTERS } from './stage-filters.ts';
import { isoWeekMonday } from './stage-format.ts';
import type { Stage, StageSession } from './stages-api.ts';

function session(key: string, days: string[], weeks: string[], ages: [number, number]): StageSession {
  return {
    id: `00000000-0000-4000-8000-${key.padStart(12, '0')}`,
    key,
    days,
    weeks,
    hours: { from: '09:00', to: '16:00' },
    ages: { min: ages[0], max: ages[1] },
    capacity: 10,
    seatsLeft: 10,
    prices: { residentCents: 6500, nonResidentCents: 9500, socialCents: null, siblingReduction: null },
    enrolment: {
      opensAt: '2027-05-03T07:00:00.000Z',
      windows: [],
      status: 'upcoming',
      currentWindow: null,
      allocation: { mode: 'first-come', drawMinutes: null },
    },
    cancellation: { freeUntilDaysBefore: 14, feeCents: 0, medicalException: true },
  };
}

const place = (key: string, name: string) => ({
  key,
  name,
  address: { street: 'Rue', number: '1', postalCode: '4000', city: 'Liège' },
});

const stages: Stage[] = [
  {
    key: 'natation',
    category: 'swimming',
    title: { fr: 'Natation' },
    description: { fr: '' },
    place: place('jonfosse', 'Piscine de Jonfosse'),
    questionsForm: null,
    sessions: [
      session('1', ['2027-07-12', '2027-07-16'], ['2027-W28'], [6, 8]),
      session('2', ['2027-07-26', '2027-07-30'], ['2027-W30'], [6, 8]),
    ],
  },
  {
    key: 'theatre',
    category: 'arts',
    title: { fr: 'Théâtre' },
    description: { fr: '' },
    place: place('cite-miroir', 'Cité Miroir'),
    questionsForm: null,
    sessions: [session('3', ['2027-07-12'], ['2027-W28'], [9, 12])],
  },
];

const keys = (result: Stage[]) => result.map((s) => [s.key, s.sessions.map((x) => x.key)]);

describe('catalogue filters', () => {
  it('keeps everything without a filter', () => {
    expect(keys(filterStages(stages, NO_FILTERS))).toEqual([
      ['natation', ['1', '2']],
      ['theatre', ['3']],
    ]);
  });

  it('filters sessions by week and by age, dropping stages left empty', () => {
    expect(keys(filterStages(stages, { ...NO_FILTERS, week: '2027-W30' }))).toEqual([['natation', ['2']]]);
    expect(keys(filterStages(stages, { ...NO_FILTERS, age: '9' }))).toEqual([['theatre', ['3']]]);
    expect(keys(filterStages(stages, { ...NO_FILTERS, age: '13' }))).toEqual([]);
  });

  it('filters stages by category and place', () => {
    expect(keys(filterStages(stages, { ...NO_FILTERS, category: 'arts' }))).toEqual([['theatre', ['3']]]);
    expect(keys(filterStages(stages, { ...NO_FILTERS, place: 'jonfosse', week: '2027-W28' }))).toEqual([
      ['natation', ['1']],
    ]);
  });

  it('judges "for my child" by the age on each session’s first day', () => {
    // Turns 9 on 20 July 2027: 8 in week 28 (swimming, 6–8), 9 in week 30 (too old for swimming).
    const children = [{ id: 'lou', birthDate: '2018-07-20' }];
    expect(keys(filterStages(stages, { ...NO_FILTERS, age: 'child:lou' }, children))).toEqual([
      ['natation', ['1']],
    ]);
  });

  it('counts whole years, a birthday counting from its day', () => {
    expect(ageOn('2018-07-20', '2027-07-19')).toBe(8);
    expect(ageOn('2018-07-20', '2027-07-20')).toBe(9);
    expect(ageOn('2020-02-29', '2027-02-28')).toBe(6);
  });

  it('offers the weeks, categories, places and ages found in the catalogue', () => {
    expect(filterOptions(stages)).toEqual({
      weeks: ['2027-W28', '2027-W30'],
      categories: ['arts', 'swimming'],
      places: [stages[1]?.place, stages[0]?.place],
      ages: [6, 7, 8, 9, 10, 11, 12],
    });
  });

  it('names a week by its Monday', () => {
    expect(isoWeekMonday('2027-W28')).toBe('2027-07-12');
    expect(isoWeekMonday('2026-W01')).toBe('2025-12-29');
    expect(isoWeekMonday('July')).toBeUndefined();
  });
});
