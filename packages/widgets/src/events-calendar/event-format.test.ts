import { describe, expect, it } from 'vitest';
import { eventFormat } from './event-format.ts';

// Intl may write spaces as U+202F or U+00A0: compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, ' ');

describe('eventFormat', () => {
  it('writes a day with its weekday in each language', () => {
    expect(plain(eventFormat('fr').day('2027-06-12'))).toBe('samedi 12 juin 2027');
    expect(plain(eventFormat('nl').day('2027-06-12'))).toBe('zaterdag 12 juni 2027');
    expect(plain(eventFormat('de').day('2027-06-12'))).toContain('Samstag');
    expect(plain(eventFormat('en').day('2027-06-12'))).toContain('Saturday');
  });

  it('writes the hours of a one-day event in Brussels time (UTC+2 in summer, +1 in winter)', () => {
    const summer = plain(eventFormat('fr').when('2027-06-12T12:00:00Z', '2027-06-12T21:00:00Z'));
    expect(summer).toMatch(/^14:00\s?–\s?23:00$/);
    const winter = plain(eventFormat('nl').when('2027-01-12T12:00:00Z', '2027-01-12T15:30:00Z'));
    expect(winter).toMatch(/^13:00\s?–\s?16:30$/);
  });

  it('writes both days of an event that ends on another Brussels day', () => {
    const text = plain(eventFormat('fr').when('2027-06-12T18:00:00Z', '2027-06-12T23:00:00Z'));
    expect(text).toContain('12 juin');
    expect(text).toContain('13 juin');
    expect(text).toContain('20:00');
    expect(text).toContain('01:00');
  });
});
