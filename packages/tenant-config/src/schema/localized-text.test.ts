import { describe, expect, it } from 'vitest';
import { fillTranslations, localize, localizedTextSchema } from './localized-text.ts';

describe('localize', () => {
  const text = { fr: 'Bonjour', nl: 'Hallo' };

  it('picks the language, then the fallback, then any text', () => {
    expect(localize(text, 'nl', 'fr')).toBe('Hallo');
    expect(localize(text, 'de', 'fr')).toBe('Bonjour');
    expect(localize({ en: 'Hello' }, 'de', 'fr')).toBe('Hello');
    expect(localize({}, 'de', 'fr')).toBe('');
  });

  it('fills every offered language and only those', () => {
    expect(
      fillTranslations({ fr: 'Bonjour', en: 'Hello' }, { offered: ['fr', 'nl', 'de'], default: 'fr' }),
    ).toEqual({
      fr: 'Bonjour',
      nl: 'Bonjour',
      de: 'Bonjour',
    });
  });
});

describe('localizedTextSchema', () => {
  it('trims and keeps known languages in a fixed order', () => {
    const parsed = localizedTextSchema.parse({ en: ' Hi ', fr: 'Salut' });
    expect(parsed).toEqual({ fr: 'Salut', en: 'Hi' });
    expect(Object.keys(parsed)).toEqual(['fr', 'en']);
  });

  it('rejects other languages, empty text and non-maps', () => {
    expect(localizedTextSchema.safeParse({ es: 'Hola' }).success).toBe(false);
    expect(localizedTextSchema.safeParse({ fr: '  ' }).success).toBe(false);
    expect(localizedTextSchema.safeParse('Bonjour').success).toBe(false);
  });
});
