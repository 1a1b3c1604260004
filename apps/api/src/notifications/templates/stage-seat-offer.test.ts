import type { Language } from '@communa/tenant-config';
import { LANGUAGES } from '@communa/tenant-config';
import { describe, expect, it } from 'vitest';
import { mailingTenant, THEME } from '../testing/mail-fixtures.ts';
import { mailBrand } from './mail-brand.ts';
import type { StageSeatOfferInput } from './stage-seat-offer.ts';
import { renderStageSeatOffer } from './stage-seat-offer.ts';

const tenant = { ...mailingTenant(), theme: THEME };
const input: StageSeatOfferInput = {
  stageTitle: 'Multisports <au> Sart-Tilman',
  firstDay: '2027-07-05',
  lastDay: '2027-07-09',
  firstName: 'Tom',
  reference: 'LIE-2027-9QX3M',
  priceCents: 6500,
  // 14:30 in Brussels (summer time).
  expiresAt: new Date('2027-06-03T12:30:00Z'),
  acceptUrl: 'https://www.liege.be/?communa-offer=abc&communa-offer-answer=accept',
  declineUrl: 'https://www.liege.be/?communa-offer=abc&communa-offer-answer=decline',
};

const EXPECTED: Record<Language, { accept: string; decline: string; deadline: string }> = {
  fr: { accept: 'Accepter la place', decline: 'Refuser la place', deadline: '3 juin 2027' },
  nl: { accept: 'Plaats aanvaarden', decline: 'Plaats weigeren', deadline: '3 juni 2027' },
  de: { accept: 'Platz annehmen', decline: 'Platz ablehnen', deadline: '3. Juni 2027' },
  en: { accept: 'Accept the seat', decline: 'Decline the seat', deadline: '3 June 2027' },
};

describe('stage seat offer e-mail', () => {
  it.each(LANGUAGES)('renders in %s with the child, reference, price, deadline and both answers', (lang) => {
    const mail = renderStageSeatOffer(mailBrand(tenant, lang), input);
    const expected = EXPECTED[lang];
    expect(mail.lang).toBe(lang);
    expect(mail.subject).toContain('Multisports <au> Sart-Tilman');
    for (const text of [mail.text, mail.html]) {
      expect(text).toContain('Tom');
      expect(text).toContain('LIE-2027-9QX3M');
      expect(text).toMatch(/65[,.]00/);
      expect(text).toContain(expected.accept);
      expect(text).toContain(expected.decline);
      expect(text).toContain(expected.deadline);
      expect(text).toContain('14:30');
    }
    expect(mail.html).toContain('communa-offer-answer=accept');
    expect(mail.html).toContain('communa-offer-answer=decline');
    expect(mail.html).not.toContain('<au>');
  });
});
