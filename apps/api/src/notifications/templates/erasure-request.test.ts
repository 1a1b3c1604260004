import type { Language } from '@communa/tenant-config';
import { LANGUAGES } from '@communa/tenant-config';
import { describe, expect, it } from 'vitest';
import { mailingTenant, THEME } from '../testing/mail-fixtures.ts';
import { renderErasureRequestConfirmation, renderErasureRequestToDpo } from './erasure-request.ts';
import { mailBrand } from './mail-brand.ts';

const tenant = { ...mailingTenant(), theme: THEME };
const requestedAt = new Date('2026-07-01T08:30:00Z');
const facts = {
  requestedAt,
  userId: '3f0e4d52-9a51-4c8e-bb43-0d3f4a1b2c3d',
  email: 'parent@example.be',
  name: 'Alex <Parent>',
  householdId: '8d1c2b3a-4e5f-4a6b-9c7d-1e2f3a4b5c6d',
  childrenCount: 2,
};

const CONFIRMATION: Record<Language, { subject: string; date: string }> = {
  fr: { subject: 'Votre demande d’effacement — Ville de Liège', date: '1 juillet 2026' },
  nl: { subject: 'Uw verzoek tot wissing — Stad Luik', date: '1 juli 2026' },
  de: { subject: 'Ihr Antrag auf Löschung — Stadt Lüttich', date: '1. Juli 2026' },
  en: { subject: 'Your erasure request — City of Liège', date: '1 July 2026' },
};

describe('erasure request e-mails', () => {
  it('gives the data protection officer the identity and what the commune holds, HTML escaped', () => {
    const mail = renderErasureRequestToDpo(mailBrand(tenant, 'fr'), facts);
    expect(mail.subject).toBe('Demande d’effacement de données — Ville de Liège');
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain(facts.userId);
      expect(part).toContain('parent@example.be');
      expect(part).toContain(facts.householdId);
      expect(part).toContain('Enfants enregistrés: 2');
      expect(part).toContain('10:30');
    }
    expect(mail.text).toContain('Nom: Alex <Parent>');
    expect(mail.html).toContain('Nom: Alex &lt;Parent&gt;');
  });

  it('says when no household is recorded', () => {
    const mail = renderErasureRequestToDpo(mailBrand(tenant, 'en'), {
      ...facts,
      householdId: null,
      childrenCount: 0,
    });
    expect(mail.text).toContain('Household: no household recorded');
    expect(mail.text).toContain('Children recorded: 0');
  });

  it.each(LANGUAGES)('confirms to the person in %s, with the date in Brussels time', (lang) => {
    const mail = renderErasureRequestConfirmation(mailBrand(tenant, lang), { requestedAt });
    expect(mail.lang).toBe(lang);
    expect(mail.subject).toBe(CONFIRMATION[lang].subject);
    expect(mail.text).toContain(CONFIRMATION[lang].date);
    expect(mail.html).toContain(`<html lang="${lang}">`);
    expect(mail.text).not.toMatch(/<[a-z]/i);
  });
});
