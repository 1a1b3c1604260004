import type { Language } from '@communa/tenant-config';
import { LANGUAGES } from '@communa/tenant-config';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../stage-staff/testing/pdf-text.ts';
import type { DecisionLetter } from './decision-letter-pdf.ts';
import { decisionLetterPdf } from './decision-letter-pdf.ts';

const letter = (language: Language, overrides: Partial<DecisionLetter> = {}): DecisionLetter => ({
  language,
  commune: {
    name: 'Ville de Liege',
    address: 'Place du Marche 2, 4000 Liege',
    contact: '+32 4 221 84 11',
    city: 'Liege',
  },
  addressee: { name: 'Jan Devos', association: 'Comite Saint-Gilles' },
  reference: 'LIE-2027-4F7K2',
  event: {
    title: 'Fete de la rue',
    type: 'Fete de quartier',
    startsAt: new Date('2027-06-12T12:00:00Z'),
    endsAt: new Date('2027-06-12T21:00:00Z'),
    where: 'Place du Marche',
    expectedAttendance: 150,
  },
  outcome: 'approved-with-conditions',
  conditions: 'Police: barrieres aux deux acces.',
  motivation: 'Les services ne s opposent pas.',
  decidedOn: '2027-05-20',
  closing: null,
  signatory: { name: 'Christine Defraigne', title: 'Bourgmestre' },
  ...overrides,
});

const DECISION: Record<Language, string> = {
  fr: 'autoris',
  nl: 'toegelaten onder de volgende voorwaarden',
  de: 'unter den folgenden Auflagen genehmigt',
  en: 'approved under the following conditions',
};

describe('decision letter', () => {
  it.each(LANGUAGES)(
    'is written in %s with the letterhead, event, decision, conditions and signature',
    async (lang) => {
      const text = pdfText(Buffer.from(await decisionLetterPdf(letter(lang))));
      for (const part of [
        'Ville de Liege',
        'LIE-2027-4F7K2',
        'Comite Saint-Gilles',
        'Place du Marche',
        '150',
        DECISION[lang],
        'barrieres aux deux acces.',
        'Christine Defraigne',
      ])
        expect(text, part).toContain(part);
    },
  );

  it('is signed by the commune without settings, and uses its own closing when it has one', async () => {
    const plain = pdfText(
      Buffer.from(
        await decisionLetterPdf(
          letter('en', {
            signatory: null,
            closing: 'Kind regards from the City.',
            conditions: null,
            outcome: 'refused',
          }),
        ),
      ),
    );
    expect(plain).toContain('The permit is refused.');
    expect(plain).toContain('Kind regards from the City.');
    expect(plain).not.toContain('Christine Defraigne');
    expect(plain).not.toContain('Conditions');
  });
});
