import { describe, expect, it } from 'vitest';
import { errorsOf, formWith } from '../testing/parse.ts';
import { validateAnswers } from '../validation/validate-answers.ts';

const today = '2026-12-01';

describe('date fields', () => {
  const form = formWith(
    { key: 'birthDate', type: 'date', label: { fr: 'Naissance' }, max: 'today-18y' },
    { key: 'eventDate', type: 'date', label: { fr: 'Événement' }, min: 'today+30d', max: '2027-12-31' },
  );

  it('accepts days within bounds relative to today', () => {
    expect(validateAnswers(form, { birthDate: '2008-12-01', eventDate: '2026-12-31' }, { today }).ok).toBe(
      true,
    );
  });

  it('checks bounds', () => {
    expect(errorsOf(validateAnswers(form, { birthDate: '2008-12-02' }, { today }))).toEqual([
      'birthDate date_too_late',
    ]);
    expect(errorsOf(validateAnswers(form, { eventDate: '2026-12-30' }, { today }))).toEqual([
      'eventDate date_too_early',
    ]);
    expect(errorsOf(validateAnswers(form, { eventDate: '2028-01-01' }, { today }))).toEqual([
      'eventDate date_too_late',
    ]);
  });

  it('accepts only real days written YYYY-MM-DD', () => {
    for (const day of ['2026-02-29', '01/12/2026', '2026-1-5', '2026-13-01']) {
      expect(errorsOf(validateAnswers(form, { birthDate: day }, { today }))).toEqual([
        'birthDate invalid_date',
      ]);
    }
    expect(validateAnswers(form, { birthDate: '2004-02-29' }, { today }).ok).toBe(true);
  });
});

describe('date-range fields', () => {
  const form = formWith({
    key: 'stay',
    type: 'date-range',
    label: { fr: 'Séjour' },
    min: 'today',
    maxDays: 7,
  });

  it('accepts a range within bounds and length', () => {
    expect(
      validateAnswers(form, { stay: { start: '2026-12-01', end: '2026-12-07' } }, { today }),
    ).toMatchObject({
      ok: true,
      value: { stay: { start: '2026-12-01', end: '2026-12-07' } },
    });
  });

  it('checks order, length and each end', () => {
    expect(
      errorsOf(validateAnswers(form, { stay: { start: '2026-12-05', end: '2026-12-04' } }, { today })),
    ).toEqual(['stay.end range_order']);
    expect(
      errorsOf(validateAnswers(form, { stay: { start: '2026-12-01', end: '2026-12-08' } }, { today })),
    ).toEqual(['stay.end range_too_long']);
    expect(
      errorsOf(validateAnswers(form, { stay: { start: '2026-11-30', end: 'soon' } }, { today })),
    ).toEqual(['stay.start date_too_early', 'stay.end invalid_date']);
    expect(errorsOf(validateAnswers(form, { stay: { start: '2026-12-01' } }, { today }))).toEqual([
      'stay invalid_type',
    ]);
  });
});

describe('time fields', () => {
  const form = formWith({ key: 'at', type: 'time', label: { fr: 'Heure' }, min: '08:00', max: '18:30' });

  it('accepts HH:MM within bounds', () => {
    expect(validateAnswers(form, { at: '18:30' }, { today }).ok).toBe(true);
  });

  it('checks the format and bounds', () => {
    expect(errorsOf(validateAnswers(form, { at: '7:30' }, { today }))).toEqual(['at invalid_time']);
    expect(errorsOf(validateAnswers(form, { at: '24:00' }, { today }))).toEqual(['at invalid_time']);
    expect(errorsOf(validateAnswers(form, { at: '07:59' }, { today }))).toEqual(['at time_too_early']);
    expect(errorsOf(validateAnswers(form, { at: '18:31' }, { today }))).toEqual(['at time_too_late']);
  });
});
