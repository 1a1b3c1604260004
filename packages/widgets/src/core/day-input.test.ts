import { describe, expect, it } from 'vitest';
import { formatDayInput, parseDayInput } from './day-input.ts';

describe('parseDayInput', () => {
  it('reads day/month/year in the usual Belgian notations and ISO dates', () => {
    for (const input of ['14/05/2018', '14.05.2018', '14-5-2018', ' 2018-05-14 ']) {
      expect(parseDayInput(input), input).toBe('2018-05-14');
    }
  });

  it('refuses days that do not exist and other text', () => {
    for (const input of ['30/02/2018', '14/13/2018', '2018/05/14', 'mai 2018', '']) {
      expect(parseDayInput(input), input).toBeUndefined();
    }
  });

  it('writes an ISO date back the way the field asks for it', () => {
    expect(formatDayInput('2018-05-14')).toBe('14/05/2018');
  });
});
