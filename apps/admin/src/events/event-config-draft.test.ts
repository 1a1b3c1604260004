import { describe, expect, it } from 'vitest';
import {
  controlCandidates,
  controlId,
  filledTexts,
  mediaTypes,
  placeInput,
  typeDraft,
  typeInput,
  typeNumberProblems,
  wholeNumber,
} from './event-config-draft.ts';

const market = {
  key: 'market',
  name: { fr: 'Marché', nl: 'Markt' },
  description: { fr: 'Un marché.' },
  form: 'event-gathering',
  leadTimeDays: 45,
  opinions: ['police'],
  publicCalendar: true,
  attachments: [
    { key: 'plan', label: { fr: 'Plan' }, accept: ['application/pdf', 'image/png'], maxSizeMb: 10 },
  ],
};

describe('event configuration drafts', () => {
  it('gives back the type it was made from', () => {
    const { key: _key, ...input } = market;
    expect(typeInput(typeDraft(market, 'other'))).toEqual(input);
  });

  it('starts a new type on the first form, 30 days, public, without attachment', () => {
    expect(typeDraft(undefined, 'event-gathering')).toMatchObject({
      key: '',
      form: 'event-gathering',
      leadTimeDays: '30',
      publicCalendar: true,
      attachments: [],
    });
  });

  it('finds the number fields that are not whole numbers', () => {
    const draft = typeDraft(market, 'x');
    expect(typeNumberProblems(draft)).toEqual([]);
    expect(
      typeNumberProblems({
        ...draft,
        leadTimeDays: '',
        attachments: [{ key: 'plan', label: {}, accept: '', maxSizeMb: '2.5' }],
      }),
    ).toEqual(['type-leadTimeDays', 'type-attachments-0-maxSizeMb']);
    expect(wholeNumber(' 12 ')).toBe(12);
    expect(wholeNumber('-1')).toBeUndefined();
  });

  it('drops blank texts, splits media types, leaves an empty box out', () => {
    expect(filledTexts({ fr: ' Marché ', nl: '  ' })).toEqual({ fr: 'Marché' });
    expect(mediaTypes('application/pdf,image/jpeg  image/png')).toEqual([
      'application/pdf',
      'image/jpeg',
      'image/png',
    ]);
    expect(
      placeInput({
        key: 'parc',
        name: 'Parc',
        street: 'Rue',
        number: '1',
        box: ' ',
        postalCode: '4040',
        city: 'Herstal',
        capacity: '300',
      }).address,
    ).toEqual({ street: 'Rue', number: '1', postalCode: '4040', city: 'Herstal' });
  });

  it('puts an API error at its control, or the nearest one shown', () => {
    expect(controlId('type', 'attachments.0.label.nl')).toBe('type-attachments-0-label-nl');
    expect(controlId('type', '')).toBe('type');
    expect(controlId('', 'places.1.key')).toBe('places-1-key');
    expect(controlCandidates('type-opinions-1')).toEqual(['type-opinions-1', 'type-opinions', 'type']);
  });
});
