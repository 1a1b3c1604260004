import { describe, expect, it } from 'vitest';
import { FALLBACK_LANGUAGE, supportedLanguage } from './languages.ts';
import { pickLocalized, resolveContentLanguage, resolveUiLanguage } from './resolve-language.ts';
import type { Language } from './tenant-types.ts';

describe('supportedLanguage', () => {
  it('keeps the primary subtag, whatever its case', () => {
    expect(supportedLanguage('nl-BE')).toBe('nl');
    expect(supportedLanguage('DE')).toBe('de');
    expect(supportedLanguage(' fr ')).toBe('fr');
  });

  it('rejects empty and unsupported tags', () => {
    expect(supportedLanguage('')).toBeUndefined();
    expect(supportedLanguage(null)).toBeUndefined();
    expect(supportedLanguage('es')).toBeUndefined();
    expect(supportedLanguage('french')).toBeUndefined();
  });
});

describe('resolveUiLanguage', () => {
  it('follows the nearest lang of the page', () => {
    expect(resolveUiLanguage('de-BE', 'fr')).toBe('de');
  });

  it('falls back to the commune’s default when the page’s language is unknown or absent', () => {
    expect(resolveUiLanguage('es', 'nl')).toBe('nl');
    expect(resolveUiLanguage(null, 'nl')).toBe('nl');
  });

  it('uses the software’s fallback before the commune is known', () => {
    expect(resolveUiLanguage(null)).toBe(FALLBACK_LANGUAGE);
  });
});

describe('resolveContentLanguage', () => {
  const languages: { offered: Language[]; default: Language } = { offered: ['fr', 'de'], default: 'fr' };

  it('uses the interface language when the commune writes in it', () => {
    expect(resolveContentLanguage('de', languages)).toBe('de');
  });

  it('uses the commune’s default otherwise', () => {
    expect(resolveContentLanguage('nl', languages)).toBe('fr');
  });
});

describe('pickLocalized', () => {
  it('returns the text in the asked language with that language', () => {
    expect(pickLocalized({ fr: 'Stages', nl: 'Stages NL' }, 'nl', 'fr')).toEqual({
      text: 'Stages NL',
      lang: 'nl',
    });
  });

  it('falls back to the default language and says so', () => {
    expect(pickLocalized({ fr: 'Stages' }, 'en', 'fr')).toEqual({ text: 'Stages', lang: 'fr' });
  });

  it('falls back to any language present when the default is missing too', () => {
    expect(pickLocalized({ de: 'Ferien' }, 'en', 'fr')).toEqual({ text: 'Ferien', lang: 'de' });
  });

  it('gives an empty text for an empty map', () => {
    expect(pickLocalized({}, 'en', 'fr')).toEqual({ text: '', lang: 'en' });
  });
});
