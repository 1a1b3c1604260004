import type { Language } from '@communa/tenant-config';
import { LANGUAGES } from '@communa/tenant-config';
import { describe, expect, it } from 'vitest';
import { mailingTenant, THEME } from '../testing/mail-fixtures.ts';
import { renderFormSubmissionConfirmation } from './form-submission-confirmation.ts';
import { mailBrand } from './mail-brand.ts';

const tenant = { ...mailingTenant(), theme: THEME };
const input = {
  formTitle: 'Certificat <de> résidence',
  reference: 'LIE-2026-7KQ3M',
  statusLabel: 'Envoyée',
  followUrl: 'https://www.liege.be/e-guichet',
};

const EXPECTED: Record<Language, string> = {
  fr: 'Nous avons bien reçu votre demande',
  nl: 'We hebben uw aanvraag',
  de: 'Wir haben Ihren Antrag',
  en: 'We have received your request',
};

describe('form submission confirmation e-mail', () => {
  it.each(LANGUAGES)('renders in %s with the form, the reference and the way to follow it', (lang) => {
    const mail = renderFormSubmissionConfirmation(mailBrand(tenant, lang), input);
    expect(mail.lang).toBe(lang);
    expect(mail.subject).toContain('Certificat <de> résidence');
    expect(mail.subject).toContain('LIE-2026-7KQ3M');
    for (const text of [mail.text, mail.html]) {
      expect(text).toContain(EXPECTED[lang]);
      expect(text).toContain('LIE-2026-7KQ3M');
      expect(text).toContain('https://www.liege.be/e-guichet');
    }
    expect(mail.html).toContain('Certificat &lt;de&gt; résidence');
    expect(mail.html).not.toContain('<de>');
  });
});
