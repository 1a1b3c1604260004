import type { DemoCommune, DemoForm } from '@communa/demo-site';
import type { LoadedTenant } from '@communa/tenant-config';

/** The commune's online procedures: its forms, but those its event types ask for (they belong to event requests). */
function procedures({ forms, eventTypes }: LoadedTenant): DemoForm[] {
  const eventForms = new Set(eventTypes?.types.map((type) => type.form));
  return forms
    .filter((form) => !eventForms.has(form.key))
    .map((form) => ({ key: form.key, titles: form.definition.title }));
}

/** What the demo municipal sites need to know of each commune, taken from its configuration. */
export function toDemoCommunes(loaded: readonly LoadedTenant[]): DemoCommune[] {
  return loaded
    .filter((tenant) => tenant.config.active)
    .map((tenant) => {
      const { config } = tenant;
      return {
        slug: config.slug,
        names: config.names,
        languages: [...config.languages.offered],
        defaultLanguage: config.languages.default,
        colorPrimary: config.theme.colorPrimary,
        colorOnPrimary: config.theme.colorOnPrimary,
        postalCode: config.contact.address.postalCode,
        city: config.contact.address.city,
        forms: procedures(tenant),
      };
    });
}
