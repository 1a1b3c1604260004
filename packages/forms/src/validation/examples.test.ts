import { describe, expect, it } from 'vitest';
import { privacyText, publicSpaceReport, residenceCertificate } from '../testing/example-forms.ts';
import { definitionOf } from '../testing/parse.ts';
import { validateAnswers } from './validate-answers.ts';

const today = '2026-12-01';

describe('the residence certificate request', () => {
  const definition = definitionOf(residenceCertificate);
  const answers = {
    lastName: ' Dupont ',
    firstName: 'Marie',
    niss: '85.07.30-033.28',
    birthDate: '1985-07-30',
    email: 'marie@example.be',
    phone: '0470 12 34 56',
    kind: 'history',
    copies: 2,
    delivery: 'post',
    postalAddress: { street: 'Rue Léopold', number: '12', postalCode: '4000', city: 'Liège' },
    privacy: { accepted: true, text: privacyText.fr },
  };

  it('accepts a full request, normalises it and computes the price', () => {
    expect(validateAnswers(definition, answers, { today, lang: 'fr' })).toEqual({
      ok: true,
      value: {
        ...answers,
        lastName: 'Dupont',
        niss: '85073003328',
        phone: '+32470123456',
        postalAddress: { ...answers.postalAddress, country: 'BE' },
      },
      computed: { price: 2 * 500 + 150 },
    });
  });

  it('asks for no postal address when the certificate goes by e-mail', () => {
    const result = validateAnswers(definition, { ...answers, delivery: 'email' }, { today });
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'postalAddress', code: 'hidden_field', message: 'is not asked with these answers' }],
    });
  });
});

describe('the public space report', () => {
  const definition = definitionOf(publicSpaceReport);
  it('reports errors with paths inside groups, addresses and files', () => {
    const result = validateAnswers(
      definition,
      {
        category: 'other',
        description: 'Un trou',
        photos: [{ name: 'trou.heic', type: 'image/heic', size: 10 }],
        place: { street: 'Rue Haute', number: '3', postalCode: '999', city: 'Liège' },
        sightings: [
          { seenOn: '2026-11-30', stillThere: true },
          { seenOn: '2027-01-01', sinceWhen: '2026-11-02' },
        ],
        wantsFollowUp: true,
      },
      { today },
    );
    expect(result.ok ? [] : result.errors.map((error) => `${error.path} ${error.code}`)).toEqual([
      'otherCategory required',
      'photos.0.type file_type',
      'place.postalCode postal_code_format',
      'sightings.1.seenOn date_too_late',
      'sightings.1.sinceWhen hidden_field',
      'contactEmail required',
    ]);
  });
});
