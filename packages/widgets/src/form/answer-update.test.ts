import { describe, expect, it } from 'vitest';
import { addItem, removeItem, setAnswer } from './answer-update.ts';
import { dateFromInput, dateToInput, numberFromInput, timeFromInput } from './input-values.ts';

const isGroup = (key: string) => key === 'people';

describe('setAnswer', () => {
  it('sets and removes top-level answers', () => {
    expect(setAnswer({}, 'email', 'a@b.be', isGroup)).toEqual({ email: 'a@b.be' });
    expect(setAnswer({ email: 'a@b.be', x: 1 }, 'email', undefined, isGroup)).toEqual({ x: 1 });
    expect(setAnswer({ email: 'a@b.be' }, 'email', '', isGroup)).toEqual({});
  });

  it('sets the parts of an address, and drops an address emptied of every part', () => {
    const one = setAnswer({}, 'place.street', 'Rue Haute', isGroup);
    expect(one).toEqual({ place: { street: 'Rue Haute' } });
    expect(setAnswer(one, 'place.city', 'Liège', isGroup)).toEqual({
      place: { street: 'Rue Haute', city: 'Liège' },
    });
    expect(setAnswer(one, 'place.street', undefined, isGroup)).toEqual({});
  });

  it('sets a group item’s fields and parts, keeping an emptied item', () => {
    const answers = addItem(addItem({}, 'people'), 'people');
    expect(answers).toEqual({ people: [{}, {}] });
    const named = setAnswer(answers, 'people.1.name', 'Lou', isGroup);
    expect(named).toEqual({ people: [{}, { name: 'Lou' }] });
    expect(setAnswer(named, 'people.1.home.city', 'Liège', isGroup)).toEqual({
      people: [{}, { name: 'Lou', home: { city: 'Liège' } }],
    });
    expect(setAnswer(named, 'people.1.name', undefined, isGroup)).toEqual({ people: [{}, {}] });
    expect(setAnswer(named, 'people.5.name', 'x', isGroup)).toEqual(named);
  });

  it('removes a group item, and the group with its last item', () => {
    const answers = { people: [{ name: 'A' }, { name: 'B' }] };
    expect(removeItem(answers, 'people', 0)).toEqual({ people: [{ name: 'B' }] });
    expect(removeItem({ people: [{ name: 'A' }] }, 'people', 0)).toEqual({});
  });
});

describe('what the citizen types', () => {
  it('reads days as day/month/year, and keeps what is no day for the engine to report', () => {
    expect(dateFromInput('14/05/2018')).toBe('2018-05-14');
    expect(dateFromInput('4.5.2018')).toBe('2018-05-04');
    expect(dateFromInput('31/02/2018')).toBe('31/02/2018');
    expect(dateFromInput('  ')).toBeUndefined();
    expect(dateToInput('2018-05-14')).toBe('14/05/2018');
    expect(dateToInput('31/02/2018')).toBe('31/02/2018');
    expect(dateToInput(undefined)).toBe('');
  });

  it('reads times and numbers in the usual notations', () => {
    expect(timeFromInput('8:30')).toBe('08:30');
    expect(timeFromInput('14h05')).toBe('14:05');
    expect(timeFromInput('soon')).toBe('soon');
    expect(numberFromInput('12,5')).toBe(12.5);
    expect(numberFromInput('-3')).toBe(-3);
    expect(numberFromInput('12 m')).toBe('12 m');
    expect(numberFromInput('')).toBeUndefined();
  });
});
