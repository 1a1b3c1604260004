import { type FormDefinition, formDefinitionSchema, localizeDefinition } from '@communa/forms';

/**
 * A three-page form with a page, a section and a field shown on conditions, a group, an address,
 * a date range, files, a consent and a computed price: the widget's pure parts are tested on it.
 */
export const movingForm: FormDefinition = formDefinitionSchema.parse({
  key: 'demenagement',
  version: 2,
  title: { fr: 'Occupation de la voirie', nl: 'Inname van de openbare weg' },
  pages: [
    {
      title: { fr: 'Demandeur', nl: 'Aanvrager' },
      sections: [
        {
          fields: [
            {
              key: 'name',
              type: 'short-text',
              label: { fr: 'Nom', nl: 'Naam' },
              required: true,
              maxLength: 80,
            },
            { key: 'email', type: 'email', label: { fr: 'E-mail', nl: 'E-mail' }, required: true },
            {
              key: 'company',
              type: 'yes-no',
              label: { fr: 'Déménageur ?', nl: 'Verhuisfirma?' },
              required: true,
            },
            {
              key: 'iban',
              type: 'iban',
              label: { fr: 'Compte', nl: 'Rekening' },
              showIf: { op: 'equals', field: 'company', value: true },
              required: true,
            },
          ],
        },
      ],
    },
    {
      title: { fr: 'Camion', nl: 'Vrachtwagen' },
      showIf: { op: 'equals', field: 'company', value: true },
      sections: [
        {
          title: { fr: 'Véhicules', nl: 'Voertuigen' },
          fields: [
            {
              key: 'trucks',
              type: 'group',
              label: { fr: 'Camions', nl: 'Vrachtwagens' },
              itemLabel: { fr: 'Camion', nl: 'Vrachtwagen' },
              min: 1,
              max: 3,
              required: true,
              fields: [
                {
                  key: 'plate',
                  type: 'short-text',
                  label: { fr: 'Plaque', nl: 'Nummerplaat' },
                  required: true,
                },
                { key: 'length', type: 'number', label: { fr: 'Longueur', nl: 'Lengte' }, min: 2, max: 20 },
              ],
            },
          ],
        },
      ],
    },
    {
      title: { fr: 'Lieu et date', nl: 'Plaats en datum' },
      sections: [
        {
          fields: [
            {
              key: 'place',
              type: 'address',
              label: { fr: 'Adresse', nl: 'Adres' },
              belgianOnly: true,
              required: true,
            },
            {
              key: 'days',
              type: 'date-range',
              label: { fr: 'Période', nl: 'Periode' },
              maxDays: 3,
              required: true,
            },
            {
              key: 'kind',
              type: 'multiple-choice',
              label: { fr: 'Matériel', nl: 'Materiaal' },
              options: [
                { value: 'lift', label: { fr: 'Monte-meubles', nl: 'Verhuislift' } },
                { value: 'container', label: { fr: 'Conteneur', nl: 'Container' } },
              ],
            },
            {
              key: 'photos',
              type: 'file',
              label: { fr: 'Photos', nl: "Foto's" },
              accept: ['image/jpeg'],
              maxSize: 2 * 1024 * 1024,
              maxFiles: 2,
            },
            {
              key: 'privacy',
              type: 'consent',
              label: { fr: 'Vie privée', nl: 'Privacy' },
              text: { fr: 'J’accepte.', nl: 'Ik ga akkoord.' },
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
      label: { fr: 'Redevance', nl: 'Retributie' },
      expression: {
        op: 'sum',
        terms: [
          { op: 'constant', value: 1000 },
          { op: 'lookup', field: 'kind', values: { lift: 2500, container: 500 } },
        ],
      },
    },
  ],
});

export const movingFormFr = localizeDefinition(movingForm, 'fr', 'fr');
export const movingFormNl = localizeDefinition(movingForm, 'nl', 'fr');
export const today = '2026-07-01';
