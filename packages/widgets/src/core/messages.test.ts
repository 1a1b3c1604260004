import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages.ts';
import { catalogues, translate } from './messages.ts';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('message catalogue', () => {
  const reference = catalogues.en;
  const keys = Object.keys(reference).sort();

  it.each(LANGUAGES)('%s has exactly the reference keys, none empty', (lang) => {
    const catalogue = catalogues[lang];
    expect(Object.keys(catalogue).sort()).toEqual(keys);
    for (const text of Object.values(catalogue)) expect(text.trim()).not.toBe('');
  });

  it.each(LANGUAGES)('%s uses the same placeholders as the reference', (lang) => {
    for (const key of keys) {
      const k = key as keyof typeof reference;
      expect(placeholders(catalogues[lang][k]), `${lang}.${key}`).toEqual(placeholders(reference[k]));
    }
  });

  it('is translated, not copied: most texts differ from English', () => {
    for (const lang of LANGUAGES.filter((other) => other !== 'en')) {
      const same = keys.filter((key) => {
        const k = key as keyof typeof reference;
        return catalogues[lang][k] === reference[k];
      });
      expect(same.length, `${lang}: ${same.join(', ')}`).toBeLessThan(keys.length / 4);
    }
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('fr', 'announceDetails', { service: 'Stages' })).toBe('Détails affichés : Stages');
  });

  it('leaves an unknown placeholder visible rather than dropping text', () => {
    expect(translate('en', 'announceDetails')).toBe('Showing details: {service}');
  });
});
