import { describe, expect, it } from 'vitest';
import { definitionFields } from '../forms/definition-fields.ts';
import { isFileAnswer, requestFiles } from './request-files.ts';

const definition = {
  pages: [
    {
      sections: [
        {
          fields: [
            { key: 'production', label: { fr: 'Production' } },
            { key: 'site-plan', label: { fr: 'Plan' } },
            {
              key: 'vehicles',
              label: { fr: 'Véhicules' },
              fields: [
                { key: 'plate', label: { fr: 'Plaque' } },
                { key: 'registration', label: { fr: 'Certificat' } },
              ],
            },
          ],
        },
      ],
    },
  ],
};
const plan = {
  id: '6f1c2f4e-8a1b-4c1d-9e2f-0a1b2c3d4e5f',
  name: 'plan.pdf',
  type: 'application/pdf',
  size: 1200,
};
const card = { id: '7f1c2f4e-8a1b-4c1d-9e2f-0a1b2c3d4e5f', name: 'carte.jpg', type: 'image/jpeg', size: 90 };

describe('requestFiles', () => {
  const fields = definitionFields(definition);

  it('lists the files of file answers and of repeated groups, in the form’s order', () => {
    const answers = {
      production: 'Les Films du Perron',
      'site-plan': [plan],
      vehicles: [{ plate: '1-ABC-123', registration: [card] }, { plate: '1-ABC-124' }],
    };
    expect(requestFiles(fields, answers)).toEqual([
      { fieldKey: 'site-plan', fieldLabel: { fr: 'Plan' }, id: plan.id, name: 'plan.pdf', size: 1200 },
      {
        fieldKey: 'registration',
        fieldLabel: { fr: 'Certificat' },
        id: card.id,
        name: 'carte.jpg',
        size: 90,
      },
    ]);
  });

  it('skips what is not a file answer', () => {
    expect(requestFiles(fields, { 'site-plan': 'plan.pdf', vehicles: 'none', production: [plan] })).toEqual([
      { fieldKey: 'production', fieldLabel: { fr: 'Production' }, id: plan.id, name: 'plan.pdf', size: 1200 },
    ]);
    expect(requestFiles(fields, { 'site-plan': [{ name: 'plan.pdf' }] })).toEqual([]);
  });

  it('tells a file answer from a text or a group', () => {
    const [production, sitePlan, vehicles] = fields;
    if (!production || !sitePlan || !vehicles) throw new Error('fields missing');
    expect(isFileAnswer(sitePlan, [plan])).toBe(true);
    expect(isFileAnswer(production, 'Les Films du Perron')).toBe(false);
    expect(isFileAnswer(vehicles, [{ registration: [card] }])).toBe(false);
  });
});
