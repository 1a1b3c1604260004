import * as z from 'zod';
import { localizedTextSchema } from './localized-text.ts';
import { webUrlSchema } from './web-url.ts';

export const SERVICE_KINDS = ['stages', 'events', 'forms', 'link'] as const;

export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const SLUG_PATTERN = /^[a-z][a-z0-9-]{1,40}$/;

export const serviceSchema = z.strictObject({
  key: z.string({ error: 'must be a key like stages' }).regex(SLUG_PATTERN, {
    error: 'must be lower-case letters, digits and dashes, starting with a letter (2 to 41)',
  }),
  kind: z.enum(SERVICE_KINDS, { error: () => `must be one of ${SERVICE_KINDS.join(', ')}` }),
  enabled: z.boolean({ error: 'must be true or false' }).default(true),
  title: localizedTextSchema,
  description: localizedTextSchema,
  /** The commune's page that embeds the service (for `link`, the page the citizen is sent to). */
  pageUrl: webUrlSchema({ allowHttp: true }),
});

export const servicesSchema = z
  .array(serviceSchema, { error: 'must be a list of services' })
  .superRefine((services, ctx) => {
    const seen = new Set<string>();
    services.forEach((service, index) => {
      if (seen.has(service.key)) {
        ctx.addIssue({ code: 'custom', path: [index, 'key'], message: `key "${service.key}" is used twice` });
      }
      seen.add(service.key);
    });
  });

export type Service = z.output<typeof serviceSchema>;
