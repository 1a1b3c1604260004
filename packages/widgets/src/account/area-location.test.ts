import { describe, expect, it } from 'vitest';
import { areaLocationValue, readAreaLocation } from './area-location.ts';

const CHILD = '0b8f7c1e-3d2a-4f5b-9c6d-7e8f9a0b1c2d';

describe('the account area’s place in the page URL', () => {
  it('reads a section, or a child’s health sheet within Children', () => {
    expect(readAreaLocation('data')).toEqual({ section: 'data' });
    expect(readAreaLocation(`health-sheet-${CHILD}`)).toEqual({ section: 'children', healthChildId: CHILD });
  });

  it('falls back to the profile for anything else', () => {
    for (const value of [null, '', 'nothing', 'health-sheet-', 'health-sheet-not-a-uuid'])
      expect(readAreaLocation(value)).toEqual({ section: 'profile' });
  });

  it('writes what it reads', () => {
    for (const value of ['children', `health-sheet-${CHILD}`])
      expect(areaLocationValue(readAreaLocation(value))).toBe(value);
  });
});
