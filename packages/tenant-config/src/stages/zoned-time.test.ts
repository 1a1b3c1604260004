import { describe, expect, it } from 'vitest';
import { instantOfWallTime, wallTimeAt } from './zoned-time.ts';

const BRUSSELS = 'Europe/Brussels';

describe('wall-clock times in Brussels', () => {
  it('turns summer and winter times into instants', () => {
    expect(instantOfWallTime('2027-05-03T09:00', BRUSSELS)?.toISOString()).toBe('2027-05-03T07:00:00.000Z');
    expect(instantOfWallTime('2027-01-11T09:00', BRUSSELS)?.toISOString()).toBe('2027-01-11T08:00:00.000Z');
  });

  it('refuses a time skipped by the spring change and takes the earlier of a repeated one', () => {
    expect(instantOfWallTime('2027-03-28T02:30', BRUSSELS)).toBeUndefined();
    expect(instantOfWallTime('2027-10-31T02:30', BRUSSELS)?.toISOString()).toBe('2027-10-31T00:30:00.000Z');
  });

  it('reads an instant back as wall-clock time', () => {
    expect(wallTimeAt(new Date('2027-05-03T07:00:00Z'), BRUSSELS)).toBe('2027-05-03T09:00');
    expect(wallTimeAt(new Date('2027-05-02T22:30:00Z'), BRUSSELS)).toBe('2027-05-03T00:30');
  });

  it('refuses text that is not a wall-clock time', () => {
    expect(instantOfWallTime('2027-05-03 09:00', BRUSSELS)).toBeUndefined();
  });
});
