import { formState } from '@communa/forms';
import { describe, expect, it } from 'vitest';
import { formatAmount, formatAnswer, formatBytes, formatDay, reviewRows } from './answer-format.ts';
import { formText } from './form-messages.ts';
import { fieldPlaces, type LocalizedSimpleField } from './form-paths.ts';
import { movingForm, movingFormFr, movingFormNl, today } from './testing/moving-form.ts';

const fr = (key: Parameters<typeof formText>[1], params?: Record<string, string>) =>
  formText('fr', key, params);
const nl = (key: Parameters<typeof formText>[1], params?: Record<string, string>) =>
  formText('nl', key, params);
const places = fieldPlaces(movingFormFr);
const field = (key: string): LocalizedSimpleField => {
  const found = places.get(key)?.field;
  if (!found || found.type === 'group') throw new Error(`no simple field ${key}`);
  return found;
};
// Intl puts no-break spaces between numbers and units; the review shows them as they come.
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatAnswer', () => {
  it('shows each kind of answer as people read it, in the citizen’s language', () => {
    expect(formatAnswer(field('company'), true, 'fr', fr)).toBe('Oui');
    expect(formatAnswer(field('company'), false, 'fr', fr)).toBe('Non');
    expect(formatAnswer(field('iban'), 'BE68539007547034', 'fr', fr)).toBe('BE68 5390 0754 7034');
    expect(formatAnswer(field('kind'), ['container', 'lift'], 'fr', fr)).toBe('Conteneur, Monte-meubles');
    expect(formatAnswer(field('days'), { start: '2026-07-03', end: '2026-07-04' }, 'fr', fr)).toBe(
      '3 juillet 2026 – 4 juillet 2026',
    );
    expect(
      formatAnswer(
        field('place'),
        { street: 'Rue Haute', number: '12', box: '3', postalCode: '4000', city: 'Liège' },
        'fr',
        fr,
      ),
    ).toBe('Rue Haute 12 / 3, 4000 Liège');
    expect(
      spaces(formatAnswer(field('photos'), [{ name: 'rue.jpg', type: 'image/jpeg', size: 1536 }], 'fr', fr)),
    ).toBe('rue.jpg (1,5 ko)');
    expect(formatAnswer(field('privacy'), { accepted: true, text: 'J’accepte.' }, 'fr', fr)).toBe('Accepté');
  });

  it('formats days, sizes and amounts with Intl', () => {
    expect(formatDay('2026-12-01', 'nl')).toBe('1 december 2026');
    expect(formatDay('not a day', 'nl')).toBe('not a day');
    expect(spaces(formatBytes(3 * 1024 * 1024, 'en'))).toBe('3 MB');
    expect(spaces(formatAmount(3500, 'fr'))).toBe('35,00 €');
    expect(spaces(formatAmount(150, 'nl'))).toBe('€ 1,50');
  });
});

describe('reviewRows', () => {
  const answers = {
    name: 'Alex',
    email: 'alex@example.be',
    company: true,
    iban: 'BE68539007547034',
    trucks: [{ plate: '1-ABC-123', length: 12 }, { plate: '2-DEF-456' }],
  };

  it('lists a page’s shown fields with their answers, unanswered ones as such', () => {
    const rows = reviewRows(movingFormFr, 0, formState(movingForm, answers, { today }), answers, 'fr', fr);
    expect(rows.map((row) => row.kind === 'answer' && [row.label, row.text])).toEqual([
      ['Nom', 'Alex'],
      ['E-mail', 'alex@example.be'],
      ['Déménageur ?', 'Oui'],
      ['Compte', 'BE68 5390 0754 7034'],
    ]);
    const hidden = { ...answers, company: false };
    const without = reviewRows(movingFormFr, 0, formState(movingForm, hidden, { today }), hidden, 'fr', fr);
    expect(without.map((row) => row.key)).toEqual(['name', 'email', 'company']);
  });

  it('lists a group’s items with their own answers', () => {
    const [group] = reviewRows(movingFormNl, 1, formState(movingForm, answers, { today }), answers, 'nl', nl);
    expect(group).toEqual({
      kind: 'group',
      key: 'trucks',
      label: 'Vrachtwagens',
      items: [
        {
          title: 'Vrachtwagen 1',
          rows: [
            { kind: 'answer', key: 'plate', label: 'Nummerplaat', text: '1-ABC-123' },
            { kind: 'answer', key: 'length', label: 'Lengte', text: '12' },
          ],
        },
        {
          title: 'Vrachtwagen 2',
          rows: [
            { kind: 'answer', key: 'plate', label: 'Nummerplaat', text: '2-DEF-456' },
            { kind: 'answer', key: 'length', label: 'Lengte', text: undefined },
          ],
        },
      ],
    });
  });
});
