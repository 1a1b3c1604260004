import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay, formatFileSize, formatList } from './format.ts';

describe('formatting through Intl', () => {
  it('shows instants in Brussels time', () => {
    expect(formatDateTime('en', '2026-06-01T08:00:00.000Z')).toContain('10:00');
    expect(formatDateTime('nl', '2026-12-01T08:00:00.000Z')).toContain('09:00');
  });

  it('shows calendar days as written, whatever the machine’s time zone', () => {
    expect(formatDay('fr', '2019-04-07')).toBe('7 avril 2019');
    expect(formatDay('de', '2019-04-07')).toBe('7. April 2019');
  });

  it('leaves a value it cannot read as it is', () => {
    expect(formatDateTime('fr', 'never')).toBe('never');
    expect(formatDay('fr', 'soon')).toBe('soon');
  });

  it('joins lists in the language', () => {
    expect(formatList('fr', ['a', 'b', 'c'])).toBe('a, b et c');
    expect(formatList('nl', ['a', 'b'])).toBe('a en b');
  });

  it('writes file sizes in kilobytes, then megabytes', () => {
    expect(formatFileSize('fr', 12_288)).toMatch(/^12\sko$/);
    expect(formatFileSize('nl', 300)).toMatch(/^1\skB$/);
    expect(formatFileSize('fr', 1_572_864)).toMatch(/^1,5\sMo$/);
  });
});
