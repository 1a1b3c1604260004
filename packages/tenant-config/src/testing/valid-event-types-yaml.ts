/**
 * A valid event-types.yaml for the tenant of valid-tenant-yaml.ts (fr default, nl offered) whose
 * line numbers tests rely on: keep lines where they are (types: at line 5, the first type's
 * leadTimeDays at line 11).
 */
export const validEventTypesYaml = (): string => `advisoryServices:
  - { key: police, name: { fr: Police, nl: Politie }, email: police@testville.be }
  - { key: fire-service, name: { fr: Pompiers, nl: Brandweer }, email: pompiers@testville.be }
#
types:
  - key: neighbourhood-party
    name: { fr: Fête de quartier, nl: Buurtfeest }
    description: { fr: Une fête dans votre rue., nl: Een feest in uw straat. }
    form: event-general
    publicCalendar: true
    leadTimeDays: 30
    opinions: [police]
    attachments:
      - key: site-plan
        label: { fr: Plan d'implantation, nl: Inplantingsplan }
        accept: [application/pdf, image/jpeg]
        maxSizeMb: 10
  - key: film-shoot
    name: { fr: Tournage, nl: Filmopname }
    description: { fr: Un tournage sur la voie publique., nl: Een filmopname op de openbare weg. }
    form: event-general
    publicCalendar: false
    leadTimeDays: 15
places:
  - key: grand-place
    name: Grand-Place de Testville
    address: { street: Grand-Place, number: "1", postalCode: "4000", city: Testville }
    capacity: 2000
equipment:
  - { key: barriers, name: { fr: Barrières Nadar, nl: Nadarhekken }, stock: 100 }
  - { key: podium, name: { fr: Podium, nl: Podium }, stock: 1 }
`;
