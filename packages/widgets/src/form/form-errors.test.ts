import { ANSWER_ERROR_CODES, validateAnswers, validatePage } from '@communa/forms';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../core/languages.ts';
import { answerErrorText } from './answer-error-messages.ts';
import { describeErrors, messagesByControl } from './form-errors.ts';
import { formText } from './form-messages.ts';
import { errorTarget, fieldPlaces } from './form-paths.ts';
import { movingForm, movingFormFr, movingFormNl, today } from './testing/moving-form.ts';

const placesFr = fieldPlaces(movingFormFr);
const fr = (key: Parameters<typeof formText>[1], params?: Record<string, string>) =>
  formText('fr', key, params);
const nl = (key: Parameters<typeof formText>[1], params?: Record<string, string>) =>
  formText('nl', key, params);

describe('errorTarget', () => {
  it('points a simple field at its input, a composite field at its part or first input', () => {
    expect(errorTarget(placesFr, 'email').control).toBe('email');
    expect(errorTarget(placesFr, 'place.postalCode')).toMatchObject({
      control: 'place.postalCode',
      part: 'postalCode',
    });
    expect(errorTarget(placesFr, 'place').control).toBe('place.street');
    expect(errorTarget(placesFr, 'days.end').control).toBe('days.end');
    expect(errorTarget(placesFr, 'photos.0.type').control).toBe('photos');
    expect(errorTarget(placesFr, 'privacy.text').control).toBe('privacy');
  });

  it('points a group item’s field at that item, and the group’s own errors at its "add" button', () => {
    const target = errorTarget(placesFr, 'trucks.1.plate');
    expect(target.control).toBe('trucks.1.plate');
    expect(target.item?.index).toBe(1);
    expect(errorTarget(placesFr, 'trucks').control).toBe('trucks.add');
    expect(errorTarget(placesFr, 'trucks.0.unknown').control).toBe('trucks.add');
  });

  it('points errors about no field nowhere', () => {
    expect(errorTarget(placesFr, '')).toEqual({ control: '', field: undefined });
    expect(errorTarget(placesFr, 'nope.1').control).toBe('');
  });
});

describe('describeErrors', () => {
  it('gives the engine’s errors of a page with the field’s name in the summary, in French and Dutch', () => {
    const answers = { name: 'x'.repeat(81), email: 'not-an-address', company: true, iban: 'BE00' };
    const result = validatePage(movingForm, answers, 0, { today, lang: 'fr' });
    if (result.ok) throw new Error('expected errors');
    const entriesFr = describeErrors(result.errors, placesFr, 'fr', fr);
    expect(entriesFr.map((entry) => entry.control)).toEqual(['name', 'email', 'iban']);
    expect(entriesFr[0]?.summary).toBe('Nom : Indiquez au plus 80 caractères.');
    expect(entriesFr[1]?.message).toBe('Indiquez une adresse e-mail comme nom@exemple.be.');
    const entriesNl = describeErrors(result.errors, fieldPlaces(movingFormNl), 'nl', nl);
    expect(entriesNl[0]?.summary).toBe('Naam: Vul hoogstens 80 tekens in.');
  });

  it('names the group item and the part of a composite field', () => {
    const answers = {
      name: 'Alex',
      email: 'alex@example.be',
      company: true,
      iban: 'BE68539007547034',
      trucks: [{ plate: '1-ABC-123' }, { length: 1 }],
      place: { street: 'Rue Haute', number: '1', postalCode: '12', city: 'Liège' },
    };
    const result = validateAnswers(movingForm, answers, { today, lang: 'fr' });
    if (result.ok) throw new Error('expected errors');
    const summaries = describeErrors(result.errors, placesFr, 'fr', fr).map((entry) => entry.summary);
    expect(summaries).toContain('Camion 2 – Plaque : Répondez à cette question.');
    expect(summaries).toContain('Camion 2 – Longueur : Indiquez un nombre d’au moins 2.');
    expect(summaries).toContain('Adresse – Code postal : Indiquez un code postal de 4 chiffres.');
  });

  it('quotes a file field’s size limit in the citizen’s units', () => {
    const entries = describeErrors(
      [{ path: 'photos.0.size', code: 'file_too_large', message: '' }],
      placesFr,
      'fr',
      fr,
    );
    // Intl separates the number from its unit with a no-break space.
    expect(entries[0]?.message.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Ce fichier est trop volumineux : 2 Mo au plus.',
    );
  });

  it('lists an error about no field in the summary only', () => {
    const entries = describeErrors(
      [{ path: '', code: 'invalid_answers', message: '' }],
      placesFr,
      'en',
      (key) => formText('en', key),
    );
    expect(entries).toEqual([
      {
        control: '',
        message: 'The answers could not be read. Reload the page and try again.',
        summary: 'The answers could not be read. Reload the page and try again.',
      },
    ]);
  });
});

describe('messagesByControl', () => {
  it('groups the messages of each control once, in order', () => {
    const byControl = messagesByControl([
      { control: 'a', message: 'one', summary: '' },
      { control: 'a', message: 'one', summary: '' },
      { control: 'a', message: 'two', summary: '' },
      { control: '', message: 'general', summary: '' },
    ]);
    expect([...byControl]).toEqual([['a', ['one', 'two']]]);
  });
});

describe('error messages', () => {
  it('exist for every engine code in every language, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort();
    for (const code of ANSWER_ERROR_CODES) {
      const reference = placeholders(answerErrorText('en', code, {}));
      for (const name of reference) expect(['days', 'max', 'min', 'size', 'step']).toContain(name);
      for (const lang of LANGUAGES) {
        const text = answerErrorText(lang, code, {});
        expect(text.length, `${lang} ${code}`).toBeGreaterThan(0);
        expect(placeholders(text), `${lang} ${code}`).toEqual(reference);
      }
    }
  });
});
