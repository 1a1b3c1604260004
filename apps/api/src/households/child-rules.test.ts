import { describe, expect, it } from 'vitest';
import { brusselsToday, checkChild, yearsBefore } from './child-rules.ts';

const today = '2026-07-01';

describe('checkChild', () => {
  it('accepts a child without NISS', () => {
    expect(checkChild({ birthDate: '2018-05-14' }, today)).toEqual({ ok: true, niss: null });
  });

  it('normalises a NISS born after 2000 whose birth date matches', () => {
    expect(checkChild({ birthDate: '2018-05-14', niss: '18.05.14-123.93' }, today)).toEqual({
      ok: true,
      niss: '18051412393',
    });
  });

  it('names the NISS errors', () => {
    const codes = (niss: string, birthDate = '2018-05-14') => {
      const outcome = checkChild({ birthDate, niss }, today);
      return outcome.ok ? [] : outcome.errors.map((e) => e.code);
    };
    expect(codes('18051412394')).toEqual(['niss_checksum']);
    expect(codes('1805141239')).toEqual(['niss_format']);
    expect(codes('18051412393', '2018-05-15')).toEqual(['niss_birth_date_mismatch']);
  });

  it('bounds the birth date: today and 25 years ago are allowed, beyond is not', () => {
    expect(checkChild({ birthDate: today }, today).ok).toBe(true);
    expect(checkChild({ birthDate: '2001-07-01' }, today).ok).toBe(true);
    const old = checkChild({ birthDate: '2001-06-30' }, today);
    expect(old.ok ? [] : old.errors.map((e) => e.code)).toEqual(['birth_date_too_old']);
    const future = checkChild({ birthDate: '2026-07-02' }, today);
    expect(future.ok ? [] : future.errors.map((e) => e.code)).toEqual(['birth_date_in_future']);
  });
});

describe('calendar days', () => {
  it('takes today in Brussels, not in UTC', () => {
    expect(brusselsToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });

  it('moves 29 February to 1 March in a common year', () => {
    expect(yearsBefore('2028-02-29', 25)).toBe('2003-03-01');
    expect(yearsBefore('2026-07-01', 25)).toBe('2001-07-01');
  });
});
