import { describe, expect, it } from 'vitest';
import { enrolmentReference, referencePrefix } from './enrolment-reference.ts';

describe('enrolmentReference', () => {
  it('reads commune, year of the session and five unambiguous characters', () => {
    expect(enrolmentReference('liege', '2027-07-05')).toMatch(/^LIE-2027-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(enrolmentReference('charleroi', '2028-01-02', () => 31)).toBe('CHA-2028-ZZZZZ');
  });
  it('makes a prefix of any slug', () => {
    expect(referencePrefix('la-louviere')).toBe('LAL');
    expect(referencePrefix('a1')).toBe('AXX');
  });
});
