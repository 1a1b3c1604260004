import { describe, expect, it } from 'vitest';
import { errorsOf, formWith } from '../testing/parse.ts';
import { validateAnswers } from '../validation/validate-answers.ts';

const today = '2026-12-01';

describe('short-text and long-text fields', () => {
  const form = formWith(
    { key: 'name', type: 'short-text', label: { fr: 'Nom' }, minLength: 2, maxLength: 10, required: true },
    { key: 'story', type: 'long-text', label: { fr: 'Récit' }, maxLength: 12 },
  );

  it('stores text trimmed, with Unix line ends', () => {
    expect(validateAnswers(form, { name: '  Léa ', story: 'a\r\nb\rc' }, { today })).toMatchObject({
      ok: true,
      value: { name: 'Léa', story: 'a\nb\nc' },
    });
  });

  it('checks lengths after trimming, and keeps short text on one line', () => {
    expect(errorsOf(validateAnswers(form, { name: ' L ' }, { today }))).toEqual(['name too_short']);
    expect(errorsOf(validateAnswers(form, { name: 'Léa Dupont-Martin' }, { today }))).toEqual([
      'name too_long',
    ]);
    expect(errorsOf(validateAnswers(form, { name: 'Léa\nDupont' }, { today }))).toEqual([
      'name invalid_text',
    ]);
    expect(errorsOf(validateAnswers(form, { name: 'Léa', story: 'x'.repeat(13) }, { today }))).toEqual([
      'story too_long',
    ]);
  });

  it('reads blank text as no answer', () => {
    expect(errorsOf(validateAnswers(form, { name: '   ', story: '' }, { today }))).toEqual(['name required']);
  });

  it('refuses what is not text', () => {
    expect(errorsOf(validateAnswers(form, { name: 42 }, { today }))).toEqual(['name invalid_type']);
  });
});
