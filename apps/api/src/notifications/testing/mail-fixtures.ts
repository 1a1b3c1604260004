import type { MailingTenant } from '../mailer.ts';

/** A commune as the mail code sees it, with names in every language to tell them apart. */
export const mailingTenant = (overrides: Partial<MailingTenant> = {}): MailingTenant => ({
  slug: 'liege',
  sandbox: false,
  names: { fr: 'Ville de Liège', nl: 'Stad Luik', de: 'Stadt Lüttich', en: 'City of Liège' },
  languages: { offered: ['fr', 'nl', 'de', 'en'], default: 'fr' },
  contact: {
    email: 'info@liege.be',
    phone: '+32 4 221 84 11',
    website: 'https://www.liege.be',
    address: { street: 'Place du Marché', number: '2', postalCode: '4000', city: 'Liège' },
  },
  ...overrides,
});

export const THEME = {
  colorPrimary: '#b5121b',
  colorOnPrimary: '#ffffff',
  colorAccent: '#1d3557',
  colorSurface: '#ffffff',
  colorText: '#1a1a1a',
  radius: '6px',
  font: 'inherit',
};
