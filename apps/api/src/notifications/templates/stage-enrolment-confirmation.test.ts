import type { Language } from '@communa/tenant-config';
import { LANGUAGES } from '@communa/tenant-config';
import { describe, expect, it } from 'vitest';
import { mailingTenant, THEME } from '../testing/mail-fixtures.ts';
import { mailBrand } from './mail-brand.ts';
import type { StageEnrolmentConfirmationInput } from './stage-enrolment-confirmation.ts';
import { renderStageEnrolmentConfirmation } from './stage-enrolment-confirmation.ts';

const tenant = { ...mailingTenant(), theme: THEME };
const input: StageEnrolmentConfirmationInput = {
  stageTitle: 'Multisports <au> Sart-Tilman',
  firstDay: '2027-07-05',
  lastDay: '2027-07-09',
  hours: { from: '09:00:00', to: '16:00:00' },
  children: [
    { firstName: 'Zoé', status: 'confirmed', reference: 'LIE-2027-4F7K2', priceCents: 6500 },
    { firstName: 'Tom', status: 'waitlisted', reference: 'LIE-2027-9QX3M', position: 3 },
  ],
  websiteUrl: 'https://www.liege.be',
};

const EXPECTED: Record<Language, { confirmed: string; waitlisted: string; first: string }> = {
  fr: { confirmed: 'Zoé : inscription confirmée', waitlisted: 'en position 3', first: '5 juillet 2027' },
  nl: { confirmed: 'Zoé: inschrijving bevestigd', waitlisted: 'op plaats 3', first: '5 juli 2027' },
  de: { confirmed: 'Zoé: Anmeldung bestätigt', waitlisted: 'Platz 3', first: '5. Juli 2027' },
  en: { confirmed: 'Zoé: enrolment confirmed', waitlisted: 'position 3', first: '5 July 2027' },
};

describe('stage enrolment confirmation e-mail', () => {
  it.each(LANGUAGES)('renders in %s with each child’s outcome, reference, price and the dates', (lang) => {
    const mail = renderStageEnrolmentConfirmation(mailBrand(tenant, lang), input);
    const expected = EXPECTED[lang];
    expect(mail.lang).toBe(lang);
    expect(mail.subject).toContain('Multisports <au> Sart-Tilman');
    for (const text of [mail.text, mail.html]) {
      expect(text).toContain(expected.confirmed);
      expect(text).toContain(expected.waitlisted);
      expect(text).toContain(expected.first);
      expect(text).toContain('LIE-2027-4F7K2');
      expect(text).toContain('LIE-2027-9QX3M');
      expect(text).toMatch(/65[,.]00/);
    }
    expect(mail.html).not.toContain('<au>');
  });

  it('leaves the waitlist note out when every child has a seat', () => {
    const [zoe] = input.children;
    const mail = renderStageEnrolmentConfirmation(mailBrand(tenant, 'en'), {
      ...input,
      children: zoe ? [zoe] : [],
    });
    expect(mail.text).not.toContain('waitlist order');
  });
});
