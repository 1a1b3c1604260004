import { describe, expect, it } from 'vitest';
import { errorsOf, formWith } from '../testing/parse.ts';
import { validateAnswers } from '../validation/validate-answers.ts';

const today = '2026-12-01';

describe('e-mail fields', () => {
  const form = formWith({ key: 'email', type: 'email', label: { fr: 'E-mail' } });

  it('accepts an address, trimmed', () => {
    expect(validateAnswers(form, { email: ' marie@liege.be ' }, { today })).toMatchObject({
      value: { email: 'marie@liege.be' },
    });
  });

  it('refuses what is not an address', () => {
    for (const email of ['marie', 'marie@', '@liege.be', 'marie @liege.be', `${'a'.repeat(250)}@x.be`]) {
      expect(errorsOf(validateAnswers(form, { email }, { today }))).toEqual(['email invalid_email']);
    }
  });
});

describe('phone fields', () => {
  const form = formWith(
    { key: 'phone', type: 'phone', label: { fr: 'Téléphone' } },
    { key: 'local', type: 'phone', label: { fr: 'Téléphone belge' }, belgianOnly: true },
  );

  it('stores Belgian and international numbers in E.164', () => {
    expect(
      validateAnswers(form, { phone: '+33 1 42 68 53 00', local: '04 221 84 11' }, { today }),
    ).toMatchObject({
      value: { phone: '+33142685300', local: '+3242218411' },
    });
  });

  it('refuses invalid numbers and, where asked, foreign ones', () => {
    expect(errorsOf(validateAnswers(form, { phone: 'abc' }, { today }))).toEqual(['phone phone_format']);
    expect(errorsOf(validateAnswers(form, { phone: '0470 12 34' }, { today }))).toEqual([
      'phone phone_invalid',
    ]);
    expect(errorsOf(validateAnswers(form, { local: '+33 1 42 68 53 00' }, { today }))).toEqual([
      'local phone_not_belgian',
    ]);
  });
});

describe('address fields', () => {
  const form = formWith(
    { key: 'home', type: 'address', label: { fr: 'Adresse' } },
    { key: 'site', type: 'address', label: { fr: 'Lieu' }, belgianOnly: true },
  );
  const liege = { street: ' Place du Marché ', number: '2', box: '', postalCode: '4000', city: 'Liège' };

  it('stores Belgian addresses trimmed, with their country', () => {
    expect(validateAnswers(form, { home: liege }, { today })).toMatchObject({
      value: {
        home: { street: 'Place du Marché', number: '2', postalCode: '4000', city: 'Liège', country: 'BE' },
      },
    });
  });

  it('checks Belgian postal codes and accepts foreign addresses as written', () => {
    expect(errorsOf(validateAnswers(form, { home: { ...liege, postalCode: '400' } }, { today }))).toEqual([
      'home.postalCode postal_code_format',
    ]);
    const paris = { street: 'Rue de Rivoli', number: '1', postalCode: '75001', city: 'Paris', country: 'fr' };
    expect(validateAnswers(form, { home: paris }, { today })).toMatchObject({
      value: { home: { ...paris, country: 'FR' } },
    });
    expect(errorsOf(validateAnswers(form, { site: paris }, { today }))).toEqual([
      'site.country address_not_belgian',
    ]);
  });

  it('reports each missing or malformed part', () => {
    expect(
      errorsOf(validateAnswers(form, { home: { street: 'Rue Haute', country: 'Belgium' } }, { today })),
    ).toEqual([
      'home.number required',
      'home.postalCode required',
      'home.city required',
      'home.country invalid_country',
    ]);
    expect(errorsOf(validateAnswers(form, { home: { ...liege, floor: '3' } }, { today }))).toEqual([
      'home invalid_type',
    ]);
    expect(errorsOf(validateAnswers(form, { home: { ...liege, number: 2 } }, { today }))).toEqual([
      'home.number invalid_type',
    ]);
    expect(errorsOf(validateAnswers(form, { home: { ...liege, city: 'x'.repeat(101) } }, { today }))).toEqual(
      ['home.city too_long'],
    );
  });
});
