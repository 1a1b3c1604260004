import type { Language, TenantConfig } from '@communa/tenant-config';
import { LANGUAGES, localize } from '@communa/tenant-config';

/** What of a commune an e-mail shows: its name in the mail's language and its colours. */
export interface MailBrand {
  lang: Language;
  communeName: string;
  colorPrimary: string;
  colorOnPrimary: string;
}

type BrandedTenant = Pick<TenantConfig, 'names' | 'languages' | 'theme'>;

export function mailBrand(tenant: BrandedTenant, lang: Language): MailBrand {
  return {
    lang,
    communeName: localize(tenant.names, lang, tenant.languages.default),
    colorPrimary: tenant.theme.colorPrimary,
    colorOnPrimary: tenant.theme.colorOnPrimary,
  };
}

/**
 * The recipient's language when the commune offers it, else the commune's default: a commune
 * writes to citizens only in the languages it works in (its own texts exist in no other).
 * Accepts tags such as `nl-BE`.
 */
export function mailLanguage(
  tenant: Pick<TenantConfig, 'languages'>,
  preferred: string | null | undefined,
): Language {
  const base = preferred?.trim().toLowerCase().split(/[-_]/)[0];
  const language = LANGUAGES.find((candidate) => candidate === base);
  return language && tenant.languages.offered.includes(language) ? language : tenant.languages.default;
}
