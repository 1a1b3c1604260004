import type { FormDefinitionInput } from '../definition/form-schema.ts';

export const privacyText = {
  fr: 'J’accepte que la commune traite ces données pour délivrer le certificat.',
  nl: 'Ik ga akkoord dat de gemeente deze gegevens verwerkt om het getuigschrift af te leveren.',
};

/** A residence certificate request, as a commune would write it in tenants/<slug>/forms/. */
export const residenceCertificate = {
  key: 'attestation-domicile',
  version: 1,
  title: { fr: 'Demande de certificat de résidence', nl: 'Aanvraag getuigschrift van woonst' },
  pages: [
    {
      title: { fr: 'Demandeur', nl: 'Aanvrager' },
      sections: [
        {
          fields: [
            { key: 'lastName', type: 'short-text', label: { fr: 'Nom', nl: 'Naam' }, required: true },
            { key: 'firstName', type: 'short-text', label: { fr: 'Prénom', nl: 'Voornaam' }, required: true },
            {
              key: 'niss',
              type: 'niss',
              label: { fr: 'Numéro de registre national', nl: 'Rijksregisternummer' },
              required: true,
            },
            {
              key: 'birthDate',
              type: 'date',
              label: { fr: 'Date de naissance', nl: 'Geboortedatum' },
              max: 'today',
              required: true,
            },
            { key: 'email', type: 'email', label: { fr: 'E-mail', nl: 'E-mail' }, required: true },
            { key: 'phone', type: 'phone', label: { fr: 'Téléphone', nl: 'Telefoon' } },
          ],
        },
      ],
    },
    {
      title: { fr: 'Certificat', nl: 'Getuigschrift' },
      sections: [
        {
          fields: [
            {
              key: 'kind',
              type: 'single-choice',
              label: { fr: 'Type de certificat', nl: 'Soort getuigschrift' },
              required: true,
              options: [
                { value: 'simple', label: { fr: 'Résidence simple', nl: 'Enkelvoudige woonst' } },
                { value: 'history', label: { fr: 'Avec historique des adresses', nl: 'Met adreshistoriek' } },
              ],
            },
            {
              key: 'copies',
              type: 'number',
              label: { fr: "Nombre d'exemplaires", nl: 'Aantal exemplaren' },
              integer: true,
              min: 1,
              max: 5,
              required: true,
            },
            {
              key: 'delivery',
              type: 'single-choice',
              label: { fr: 'Réception', nl: 'Ontvangst' },
              required: true,
              options: [
                { value: 'email', label: { fr: 'Par e-mail (PDF)', nl: 'Per e-mail (pdf)' } },
                { value: 'post', label: { fr: 'Par la poste', nl: 'Per post' } },
              ],
            },
            {
              key: 'postalAddress',
              type: 'address',
              label: { fr: "Adresse d'envoi", nl: 'Verzendadres' },
              showIf: { op: 'equals', field: 'delivery', value: 'post' },
              required: true,
            },
          ],
        },
      ],
    },
    {
      title: { fr: 'Confirmation', nl: 'Bevestiging' },
      sections: [
        {
          fields: [
            {
              key: 'privacy',
              type: 'consent',
              label: { fr: 'Vie privée', nl: 'Privacy' },
              text: privacyText,
              required: true,
            },
          ],
        },
      ],
    },
  ],
  computed: [
    {
      key: 'price',
      label: { fr: 'Prix', nl: 'Prijs' },
      expression: {
        op: 'sum',
        terms: [
          {
            op: 'product',
            factors: [
              { op: 'lookup', field: 'kind', values: { simple: 300, history: 500 } },
              { op: 'field', field: 'copies' },
            ],
          },
          {
            op: 'when',
            condition: { op: 'equals', field: 'delivery', value: 'post' },
            value: { op: 'constant', value: 150 },
          },
        ],
      },
    },
  ],
} satisfies FormDefinitionInput;

/** A report of a problem in public space, with a photo, a place and several dates it was seen. */
export const publicSpaceReport = {
  key: 'signalement-espace-public',
  version: 3,
  title: { fr: 'Signaler un problème dans l’espace public', nl: 'Een probleem in de openbare ruimte melden' },
  pages: [
    {
      title: { fr: 'Le problème', nl: 'Het probleem' },
      sections: [
        {
          fields: [
            {
              key: 'category',
              type: 'single-choice',
              label: { fr: 'Catégorie', nl: 'Categorie' },
              required: true,
              options: [
                { value: 'lighting', label: { fr: 'Éclairage public', nl: 'Openbare verlichting' } },
                { value: 'road', label: { fr: 'Voirie, trottoir', nl: 'Weg, voetpad' } },
                { value: 'dumping', label: { fr: 'Dépôt clandestin', nl: 'Sluikstort' } },
                { value: 'other', label: { fr: 'Autre', nl: 'Andere' } },
              ],
            },
            {
              key: 'otherCategory',
              type: 'short-text',
              label: { fr: 'Précisez', nl: 'Verduidelijk' },
              showIf: { op: 'equals', field: 'category', value: 'other' },
              required: true,
            },
            {
              key: 'description',
              type: 'long-text',
              label: { fr: 'Description', nl: 'Beschrijving' },
              maxLength: 2000,
              required: true,
            },
            {
              key: 'photos',
              type: 'file',
              label: { fr: 'Photos', nl: "Foto's" },
              help: { fr: 'JPEG ou PNG, 10 Mo maximum', nl: 'JPEG of PNG, maximaal 10 MB' },
              accept: ['image/jpeg', 'image/png'],
              maxSize: 10_485_760,
              maxFiles: 3,
            },
          ],
        },
        {
          title: { fr: 'Où ?', nl: 'Waar?' },
          fields: [
            {
              key: 'place',
              type: 'address',
              label: { fr: 'Adresse', nl: 'Adres' },
              belgianOnly: true,
              required: true,
            },
            {
              key: 'sightings',
              type: 'group',
              label: { fr: 'Quand l’avez-vous constaté ?', nl: 'Wanneer hebt u het vastgesteld?' },
              itemLabel: { fr: 'Constat', nl: 'Vaststelling' },
              max: 5,
              fields: [
                {
                  key: 'seenOn',
                  type: 'date',
                  label: { fr: 'Date', nl: 'Datum' },
                  max: 'today',
                  required: true,
                },
                { key: 'seenAt', type: 'time', label: { fr: 'Heure', nl: 'Uur' } },
                {
                  key: 'stillThere',
                  type: 'yes-no',
                  label: { fr: 'Toujours présent ?', nl: 'Nog aanwezig?' },
                },
                {
                  key: 'sinceWhen',
                  type: 'date',
                  label: { fr: 'Disparu le', nl: 'Verdwenen op' },
                  showIf: { op: 'equals', field: 'stillThere', value: false },
                },
              ],
            },
          ],
        },
      ],
    },
    {
      title: { fr: 'Vos coordonnées', nl: 'Uw gegevens' },
      sections: [
        {
          fields: [
            {
              key: 'wantsFollowUp',
              type: 'yes-no',
              label: { fr: 'Souhaitez-vous être tenu informé ?', nl: 'Wilt u op de hoogte blijven?' },
              required: true,
            },
            {
              key: 'contactEmail',
              type: 'email',
              label: { fr: 'E-mail', nl: 'E-mail' },
              requiredIf: { op: 'equals', field: 'wantsFollowUp', value: true },
            },
          ],
        },
      ],
    },
  ],
} satisfies FormDefinitionInput;
