import { describe, expect, it } from 'vitest';
import { conditionsFromOpinions, reminderOf, servicesToAsk } from './opinion-rules.ts';

describe('opinion reminders', () => {
  const pending = { status: 'pending' as const, dueOn: '2027-05-10', remindedOn: null };

  it('reminds from two days before the due date, then daily once overdue', () => {
    expect(reminderOf(pending, '2027-05-07')).toBeUndefined();
    expect(reminderOf(pending, '2027-05-08')).toBe('due-soon');
    expect(reminderOf(pending, '2027-05-10')).toBe('due-soon');
    expect(reminderOf(pending, '2027-05-11')).toBe('overdue');
    expect(reminderOf(pending, '2027-06-30')).toBe('overdue');
  });

  it('reminds once a day, and never of an opinion given', () => {
    expect(reminderOf({ ...pending, remindedOn: '2027-05-11' }, '2027-05-11')).toBeUndefined();
    expect(reminderOf({ ...pending, remindedOn: '2027-05-10' }, '2027-05-11')).toBe('overdue');
    expect(reminderOf({ ...pending, status: 'favourable' }, '2027-05-11')).toBeUndefined();
  });
});

describe('services asked for an opinion', () => {
  it('defaults to the type’s services, without repeats or services already asked', () => {
    expect(servicesToAsk(undefined, ['police', 'mobility'], [])).toEqual({
      ask: ['police', 'mobility'],
      repeated: [],
    });
    expect(servicesToAsk([], ['police'], [])).toEqual({ ask: ['police'], repeated: [] });
    expect(servicesToAsk(['culture', 'police', 'culture'], ['police'], ['police'])).toEqual({
      ask: ['culture'],
      repeated: ['police'],
    });
  });
});

describe('conditions offered to the decider', () => {
  it('gathers the conditions of favourable-with-conditions opinions under their service', () => {
    expect(
      conditionsFromOpinions([
        {
          status: 'favourable-with-conditions',
          serviceName: 'Police',
          conditions: 'Barrières aux deux accès.',
        },
        { status: 'favourable', serviceName: 'Mobilité', conditions: null },
        {
          status: 'favourable-with-conditions',
          serviceName: 'Pompiers',
          conditions: 'Extincteur sur place.',
        },
      ]),
    ).toBe('Police: Barrières aux deux accès.\n\nPompiers: Extincteur sur place.');
    expect(
      conditionsFromOpinions([{ status: 'pending', serviceName: 'Police', conditions: null }]),
    ).toBeNull();
  });
});
