import type { TenantConfigInput } from '../schema/tenant.ts';

/** A complete, valid tenant for tests to break one rule at a time. */
export const validTenantInput = (): TenantConfigInput => ({
  slug: 'testville',
  source: 'code',
  names: { fr: 'Commune de Testville', nl: 'Gemeente Testville' },
  languages: { offered: ['fr', 'nl'], default: 'fr' },
  theme: {
    colorPrimary: '#b5121b',
    colorOnPrimary: '#ffffff',
    colorAccent: '#1d3557',
    colorSurface: '#ffffff',
    colorText: '#1a1a1a',
    radius: '6px',
    font: 'inherit',
  },
  embed: { allowedOrigins: ['https://www.testville.be'] },
  contact: {
    email: 'info@testville.be',
    phone: '+32 4 221 84 11',
    website: 'https://www.testville.be',
    address: { street: 'Place communale', number: '1', postalCode: '4000', city: 'Testville' },
  },
  privacy: { noticeUrl: 'https://www.testville.be/vie-privee', dpoEmail: 'dpo@testville.be' },
  postalCodes: ['4000'],
  bankAccount: { iban: 'BE68539007547034', bic: 'GKCCBEBB', holder: 'Commune de Testville' },
  services: [
    {
      key: 'stages',
      kind: 'stages',
      title: { fr: 'Stages', nl: 'Stages' },
      description: { fr: 'Des stages pour les enfants.', nl: 'Stages voor kinderen.' },
      pageUrl: 'https://www.testville.be/stages',
    },
  ],
});
