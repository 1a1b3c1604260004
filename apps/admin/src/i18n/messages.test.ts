import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages.ts';
import type { MessageKey } from './messages.ts';
import { catalogues, translate } from './messages.ts';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('the back-office message catalogue', () => {
  const reference = catalogues.en;
  const keys = Object.keys(reference).sort() as MessageKey[];

  it.each(LANGUAGES)('%s has every key of the reference and no other, none empty', (language) => {
    const catalogue = catalogues[language];
    expect(Object.keys(catalogue).sort()).toEqual(keys);
    for (const key of keys) expect(catalogue[key].trim(), `${language}.${key}`).not.toBe('');
  });

  it.each(LANGUAGES)('%s uses the same placeholders as the reference', (language) => {
    for (const key of keys) {
      expect(placeholders(catalogues[language][key]), `${language}.${key}`).toEqual(
        placeholders(reference[key]),
      );
    }
  });

  it('is translated, not copied: most texts differ from English', () => {
    for (const language of LANGUAGES.filter((other) => other !== 'en')) {
      const same = keys.filter((key) => catalogues[language][key] === reference[key]);
      expect(same.length, `${language}: ${same.join(', ')}`).toBeLessThan(keys.length / 10);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('nl', 'signedInAs', { email: 'a@b.be' })).toBe('Aangemeld als a@b.be');
    expect(translate('fr', 'signedInAs')).toBe('Connecté·e en tant que {email}');
  });
});
