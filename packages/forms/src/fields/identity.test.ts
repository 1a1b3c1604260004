import { describe, expect, it } from 'vitest';
import { errorsOf, formWith } from '../testing/parse.ts';
import { validateAnswers } from '../validation/validate-answers.ts';

const today = '2026-12-01';

describe('Belgian identifier fields', () => {
  const form = formWith(
    { key: 'niss', type: 'niss', label: { fr: 'NISS' } },
    { key: 'iban', type: 'iban', label: { fr: 'IBAN' } },
    { key: 'refund', type: 'iban', label: { fr: 'IBAN belge' }, belgianOnly: true },
    { key: 'reference', type: 'structured-communication', label: { fr: 'Communication' } },
    { key: 'association', type: 'company-number', label: { fr: 'Numéro d’entreprise' } },
  );

  it('stores them normalised', () => {
    expect(
      validateAnswers(
        form,
        {
          niss: '85.07.30-033.28',
          iban: 'nl91 abna 0417 1643 00',
          refund: 'BE68 5390 0754 7034',
          reference: '+++090/9337/55493+++',
          association: 'BE 0123.456.749',
        },
        { today },
      ),
    ).toMatchObject({
      value: {
        niss: '85073003328',
        iban: 'NL91ABNA0417164300',
        refund: 'BE68539007547034',
        reference: '090933755493',
        association: '0123456749',
      },
    });
  });

  it('reports the validators’ codes', () => {
    expect(
      errorsOf(
        validateAnswers(
          form,
          {
            niss: '85.07.30-033.29',
            iban: 'NL92 ABNA 0417 1643 00',
            refund: 'NL91 ABNA 0417 1643 00',
            reference: '+++090/9337/55494+++',
            association: '0123.456.748',
          },
          { today },
        ),
      ),
    ).toEqual([
      'niss niss_checksum',
      'iban iban_checksum',
      'refund iban_not_belgian',
      'reference structured_communication_checksum',
      'association company_number_checksum',
    ]);
    expect(errorsOf(validateAnswers(form, { niss: 85073003328 }, { today }))).toEqual(['niss invalid_type']);
  });
});
