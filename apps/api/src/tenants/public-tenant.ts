import type { LocalizedText, TenantConfig } from '@communa/tenant-config';
import { fillTranslations } from '@communa/tenant-config';
import type { PublicService, PublicTenant } from './public-tenant-schema.ts';

export interface ServiceRecord {
  key: string;
  kind: PublicService['kind'];
  title: LocalizedText;
  description: LocalizedText;
  pageUrl: string;
}

/** The configuration without its services, as kept on the commune's registry row. */
export type StoredTenantConfig = Omit<TenantConfig, 'services'>;

/**
 * The part of a commune's configuration anyone may read, with every offered language filled
 * (a missing translation falls back to the commune's default language).
 */
export function toPublicTenant(
  config: StoredTenantConfig,
  services: ServiceRecord[],
  platform: { healthSheetRetentionDays: number },
): PublicTenant {
  const fill = (text: LocalizedText) => fillTranslations(text, config.languages);
  return {
    slug: config.slug,
    name: fill(config.names),
    languages: { offered: [...config.languages.offered], default: config.languages.default },
    sandbox: config.sandbox,
    theme: { ...config.theme },
    contact: {
      email: config.contact.email,
      phone: config.contact.phone,
      website: config.contact.website,
      address: { ...config.contact.address },
    },
    privacyNoticeUrl: config.privacy.noticeUrl,
    healthSheetRetentionDays: platform.healthSheetRetentionDays,
    services: services.map((service) => ({
      key: service.key,
      kind: service.kind,
      title: fill(service.title),
      description: fill(service.description),
      pageUrl: service.pageUrl,
    })),
  };
}
