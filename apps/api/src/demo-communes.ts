import type { DemoCommune } from '@communa/demo-site';
import type { LoadedTenant } from '@communa/tenant-config';

/** What the demo municipal sites need to know of each commune, taken from its configuration. */
export function toDemoCommunes(loaded: readonly LoadedTenant[]): DemoCommune[] {
  return loaded
    .filter((t) => t.config.active)
    .map(({ config }) => ({
      slug: config.slug,
      names: config.names,
      languages: [...config.languages.offered],
      defaultLanguage: config.languages.default,
      colorPrimary: config.theme.colorPrimary,
      colorOnPrimary: config.theme.colorOnPrimary,
      postalCode: config.contact.address.postalCode,
      city: config.contact.address.city,
    }));
}
