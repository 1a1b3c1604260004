import { describe, expect, it } from 'vitest';
import { errorsOf, formWith } from '../testing/parse.ts';
import { validateAnswers } from '../validation/validate-answers.ts';

const today = '2026-12-01';
const text = { fr: 'J’accepte le règlement.', nl: 'Ik aanvaard het reglement.' };

describe('consent fields', () => {
  const form = formWith({ key: 'rules', type: 'consent', label: { fr: 'Règlement' }, text, required: true });

  it('stores the text that was shown with the acceptance', () => {
    expect(
      validateAnswers(form, { rules: { accepted: true, text: text.nl } }, { today, lang: 'nl' }),
    ).toMatchObject({
      ok: true,
      value: { rules: { accepted: true, text: text.nl } },
    });
  });

  it('wants the text of the language shown, or any translation when that language has none', () => {
    expect(
      errorsOf(validateAnswers(form, { rules: { accepted: true, text: text.fr } }, { today, lang: 'nl' })),
    ).toEqual(['rules.text consent_text_mismatch']);
    expect(
      validateAnswers(form, { rules: { accepted: true, text: text.fr } }, { today, lang: 'de' }).ok,
    ).toBe(true);
    expect(validateAnswers(form, { rules: { accepted: true, text: text.nl } }, { today }).ok).toBe(true);
    expect(
      errorsOf(validateAnswers(form, { rules: { accepted: true, text: 'I agree to nothing' } }, { today })),
    ).toEqual(['rules.text consent_text_mismatch']);
  });

  it('is not given by anything but an acceptance', () => {
    expect(errorsOf(validateAnswers(form, {}, { today }))).toEqual(['rules required']);
    expect(errorsOf(validateAnswers(form, { rules: { accepted: false, text: text.fr } }, { today }))).toEqual(
      ['rules invalid_type'],
    );
    expect(errorsOf(validateAnswers(form, { rules: true }, { today }))).toEqual(['rules invalid_type']);
  });
});
