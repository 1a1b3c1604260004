/**
 * A valid tenant.yaml whose line numbers tests rely on: keep lines where they are
 * (services: at line 44, the first service at 45, the second at 55).
 */
export const validTenantYaml = (slug = 'testville'): string => `slug: ${slug}
source: code
names:
  fr: Commune de Testville
  nl: Gemeente Testville
languages:
  offered: [fr, nl]
  default: fr
theme:
  colorPrimary: "#b5121b"
  colorOnPrimary: "#ffffff"
  colorAccent: "#1d3557"
  colorSurface: "#ffffff"
  colorText: "#1a1a1a"
  radius: 6px
  font: inherit
embed:
  allowedOrigins:
    - https://www.testville.be
contact:
  email: info@testville.be
  phone: +32 4 221 84 11
  website: https://www.testville.be
  address:
    street: Place communale
    number: 1
    postalCode: 4000
    city: Testville
privacy:
  noticeUrl: https://www.testville.be/vie-privee
  dpoEmail: dpo@testville.be
postalCodes: [4000, 4020]
bankAccount:
  iban: BE68 5390 0754 7034
  bic: GKCCBEBB
  holder: Commune de Testville
#
#
#
#
#
#
#
services:
  - key: stages
    kind: stages
    title:
      fr: Stages
      nl: Stages
    description:
      fr: Des stages pour les enfants.
      nl: Stages voor kinderen.
    pageUrl: https://www.testville.be/stages
  #
  - key: formulaires
    kind: forms
    title:
      fr: Formulaires
      nl: Formulieren
    description:
      fr: Vos démarches en ligne.
      nl: Uw aanvragen online.
    pageUrl: https://www.testville.be/e-guichet
`;
