import type { Language } from '@communa/tenant-config';
import type { ResolvedTenant } from '../tenants/tenant-directory.ts';
import type { MailingTenant } from './mailer.ts';
import type { MailBrand } from './templates/mail-brand.ts';
import { mailBrand } from './templates/mail-brand.ts';

/** What the mailer needs of a commune known to the tenant directory. */
export function mailingTenant(tenant: ResolvedTenant): MailingTenant {
  const config = tenant.publicConfig;
  return {
    slug: config.slug,
    sandbox: config.sandbox,
    names: config.name,
    languages: config.languages,
    contact: config.contact,
  };
}

/** The commune's name and colours for an e-mail in `lang`. */
export function tenantMailBrand(tenant: ResolvedTenant, lang: Language): MailBrand {
  const config = tenant.publicConfig;
  return mailBrand({ names: config.name, languages: config.languages, theme: config.theme }, lang);
}
