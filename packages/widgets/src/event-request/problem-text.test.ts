import { describe, expect, it } from 'vitest';
import { eventRequestText } from './event-request-messages.ts';
import { problemText } from './problem-text.ts';

const plain = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, ' ');
const inFrench = (problem: Parameters<typeof problemText>[0]) =>
  plain(problemText(problem, 'fr', (key, params) => eventRequestText('fr', key, params)));

describe('problemText', () => {
  it('writes the earliest day of the lead time the way of the language', () => {
    expect(inFrench({ control: 'startDay', code: 'lead_time', params: { day: '2027-06-30' } })).toBe(
      'Trop tôt pour ce type d’événement : le premier jour peut être le 30 juin 2027 au plus tôt.',
    );
  });

  it('says when the place is taken, in Brussels time, or only that it is when the API did not say', () => {
    expect(
      inFrench({
        control: 'place',
        code: 'place_taken',
        params: { from: '2027-06-12T08:00:00.000Z', to: '2027-06-12T20:00:00.000Z' },
      }),
    ).toBe('Ce lieu est déjà demandé du 12 juin 2027, 10:00 au 12 juin 2027, 22:00.');
    expect(inFrench({ control: 'place', code: 'place_taken', params: { from: '', to: '' } })).toBe(
      'Ce lieu est déjà demandé à ces dates.',
    );
  });

  it('quotes the limits of the other problems', () => {
    expect(
      inFrench({ control: 'equipment.tables', code: 'equipment_short', params: { available: '4' } }),
    ).toBe('Seulement 4 libres à ces dates.');
    expect(inFrench({ control: 'equipment.podium', code: 'over_stock', params: { count: '2' } })).toBe(
      'La commune n’en a que 2.',
    );
    expect(inFrench({ control: 'title', code: 'required' })).toBe('Complétez ce champ.');
  });
});
