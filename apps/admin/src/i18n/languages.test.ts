import { describe, expect, it } from 'vitest';
import { chooseLanguage, localizedName, pickName, supportedLanguage } from './languages.ts';

describe('chooseLanguage', () => {
  it('prefers the switcher, then the person, then the browser, then English', () => {
    expect(chooseLanguage('de', 'nl', ['fr-BE'])).toBe('de');
    expect(chooseLanguage(null, 'nl', ['fr-BE'])).toBe('nl');
    expect(chooseLanguage(undefined, null, ['es-ES', 'fr-BE', 'nl'])).toBe('fr');
    expect(chooseLanguage(null, null, ['es'])).toBe('en');
  });

  it('ignores a stored value that is not one of ours', () => {
    expect(chooseLanguage('xx', 'it', ['nl-BE'])).toBe('nl');
  });
});

describe('supportedLanguage', () => {
  it('reads the primary subtag', () => {
    expect(supportedLanguage('NL-be')).toBe('nl');
    expect(supportedLanguage('')).toBeUndefined();
    expect(supportedLanguage(undefined)).toBeUndefined();
  });
});

describe('localizedName', () => {
  const names = { fr: 'Ville de Liège', nl: 'Stad Luik' };

  it('falls back to the default language, then to any name', () => {
    expect(localizedName(names, 'nl', 'fr')).toBe('Stad Luik');
    expect(localizedName(names, 'de', 'fr')).toBe('Ville de Liège');
    expect(localizedName({ nl: 'Stad Luik' }, 'de', 'fr')).toBe('Stad Luik');
    expect(localizedName({}, 'de', 'fr')).toBe('');
  });

  it('says which language the name it found is in', () => {
    expect(pickName(names, 'en', 'fr')).toEqual({ text: 'Ville de Liège', lang: 'fr' });
    expect(pickName(names, 'nl', 'fr')).toEqual({ text: 'Stad Luik', lang: 'nl' });
  });
});
