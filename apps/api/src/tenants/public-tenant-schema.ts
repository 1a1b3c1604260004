import { LANGUAGES } from '@communa/tenant-config';
import { z } from '@hono/zod-openapi';

export const languageSchema = z.enum(LANGUAGES).openapi('Language', { example: 'fr' });

export const localizedTextSchema = z.partialRecord(languageSchema, z.string()).openapi('LocalizedText', {
  description: 'Text per language; every language the commune offers is present.',
  example: { fr: 'Stages de vacances', nl: 'Vakantiestages' },
});

export const publicServiceSchema = z
  .object({
    key: z.string().openapi({ example: 'stages' }),
    kind: z.enum(['stages', 'events', 'forms', 'link']),
    title: localizedTextSchema,
    description: localizedTextSchema,
    pageUrl: z.url().openapi({ description: 'Page of the commune’s website where the service is embedded' }),
  })
  .openapi('PublicService');

export const themeSchema = z
  .object({
    colorPrimary: z.string().openapi({ example: '#b5121b' }),
    colorOnPrimary: z.string(),
    colorAccent: z.string(),
    colorSurface: z.string(),
    colorText: z.string(),
    radius: z.string().openapi({ example: '6px' }),
    font: z.string().openapi({ example: 'inherit' }),
  })
  .openapi('Theme');

export const publicTenantSchema = z
  .object({
    slug: z.string().openapi({ example: 'liege' }),
    name: localizedTextSchema,
    languages: z.object({ offered: z.array(languageSchema), default: languageSchema }),
    sandbox: z.boolean().openapi({ description: 'A test space: widgets show a banner, no e-mail leaves' }),
    theme: themeSchema,
    contact: z.object({
      email: z.string(),
      phone: z.string(),
      website: z.string(),
      address: z.object({
        street: z.string(),
        number: z.string(),
        box: z.string().optional(),
        postalCode: z.string(),
        city: z.string(),
      }),
    }),
    privacyNoticeUrl: z.string(),
    healthSheetRetentionDays: z.int().openapi({
      description:
        'Days a child’s health sheet is kept after the end of the child’s last session (and after its last change), then deleted',
      example: 30,
    }),
    services: z.array(publicServiceSchema),
  })
  .openapi('PublicTenant');

export type PublicTenant = z.infer<typeof publicTenantSchema>;
export type PublicService = z.infer<typeof publicServiceSchema>;
