import { describe, expect, it } from 'vitest';
import { answerText, definitionFields, labelIn } from './definition-fields.ts';

const definition = {
  pages: [
    {
      sections: [
        {
          fields: [
            {
              key: 'vehicle',
              label: { fr: 'Véhicule', nl: 'Voertuig' },
              options: [{ value: 'van', label: { fr: 'Camionnette' } }],
            },
            { key: 'company', label: { fr: 'Entreprise ?' } },
            {
              key: 'helpers',
              label: { fr: 'Aides' },
              fields: [
                { key: 'name', label: { fr: 'Nom' } },
                { key: 'adult', label: { fr: 'Majeur' } },
              ],
            },
            { label: { fr: 'sans clé' } },
          ],
        },
      ],
    },
    'not a page',
  ],
};
const yesNo = ['oui', 'non'] as const;

describe('definitionFields', () => {
  it('reads the fields in page order and skips what is not a field', () => {
    expect(definitionFields(definition).map((field) => field.key)).toEqual(['vehicle', 'company', 'helpers']);
    expect(definitionFields({ pages: 'nope' })).toEqual([]);
  });
});

describe('answerText', () => {
  const [vehicle, company, helpers] = definitionFields(definition);

  it('names a choice by its label, a yes-no in words and a group row by row', () => {
    if (!vehicle || !company || !helpers) throw new Error('fields missing');
    expect(answerText(vehicle, 'van', 'fr', yesNo)).toBe('Camionnette');
    expect(answerText(vehicle, 'truck', 'fr', yesNo)).toBe('truck');
    expect(answerText(company, false, 'fr', yesNo)).toBe('non');
    expect(answerText(company, { accepted: true, text: 'ok' }, 'fr', yesNo)).toBe('oui');
    expect(
      answerText(
        helpers,
        [
          { name: 'Ana', adult: true },
          { name: 'Bo', adult: false },
        ],
        'fr',
        yesNo,
      ),
    ).toBe('Ana · oui / Bo · non');
    expect(answerText(company, null, 'fr', yesNo)).toBe('');
  });
});

describe('labelIn', () => {
  it('falls back to another language, then to the key', () => {
    expect(labelIn({ fr: 'Véhicule', nl: 'Voertuig' }, 'nl', 'vehicle')).toBe('Voertuig');
    expect(labelIn({ fr: 'Véhicule' }, 'de', 'vehicle')).toBe('Véhicule');
    expect(labelIn({}, 'en', 'vehicle')).toBe('vehicle');
  });
});
