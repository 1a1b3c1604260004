import type postgres from 'postgres';

export const HERSTAL_FORMS = '/v1/admin/tenants/herstal/forms';
export const ATTESTATION = `${HERSTAL_FORMS}/attestation-domicile/definition`;

/** Rows the editor may write, in every commune (read on the owner connection). */
export const countEditorWrites = async (owner: postgres.Sql) => {
  const [row] = await owner<{ forms: number; versions: number; audits: number }[]>`
    select (select count(*)::int from forms) as forms,
           (select count(*)::int from form_definitions) as versions,
           (select count(*)::int from audit_events
              where action in ('forms.definition_saved', 'forms.created')) as audits`;
  return row;
};

/** A small valid form, as the editor sends it. */
export const contactForm = () => ({
  access: 'either' as const,
  definition: {
    title: { fr: 'Contact', nl: 'Contact' },
    pages: [
      {
        title: { fr: 'Message', nl: 'Bericht' },
        sections: [
          {
            fields: [
              { key: 'topic', type: 'short-text', required: true, label: { fr: 'Sujet', nl: 'Onderwerp' } },
            ],
          },
        ],
      },
    ],
  },
});
