import * as z from 'zod';
import { belgianBicSchema, belgianIbanSchema, postalCodeSchema } from './belgian.ts';
import { bankAccountHolderSchema, contactSchema, privacySchema } from './contact.ts';
import { languageSchema } from './languages.ts';
import { localizedFields } from './localized-fields.ts';
import { localizedTextSchema } from './localized-text.ts';
import { originSchema } from './origin.ts';
import { SLUG_PATTERN, servicesSchema } from './service.ts';
import { themeSchema } from './theme.ts';

const isTimeZone = (value: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

const uniqueList = <T extends z.ZodType<unknown, unknown>>(item: T, what: string) =>
  z.array(item, { error: `must be a list of ${what}` }).superRefine((values, ctx) => {
    const seen = new Set<unknown>();
    values.forEach((value, index) => {
      if (seen.has(value))
        ctx.addIssue({ code: 'custom', path: [index], message: `${String(value)} is listed twice` });
      seen.add(value);
    });
  });

const languagesSchema = z
  .strictObject({
    offered: uniqueList(languageSchema, 'languages').min(1, { error: 'must offer at least one language' }),
    default: languageSchema,
  })
  .superRefine((languages, ctx) => {
    if (!languages.offered.includes(languages.default)) {
      ctx.addIssue({
        code: 'custom',
        path: ['default'],
        message: `${languages.default} is not among the offered languages (${languages.offered.join(', ')})`,
      });
    }
  });

export const tenantConfigSchema = z
  .strictObject(
    {
      slug: z.string({ error: 'must be the commune folder name, like liege' }).regex(SLUG_PATTERN, {
        error: 'must be lower-case letters, digits and dashes, starting with a letter (2 to 41)',
      }),
      /** `code`: this YAML is the truth, applied on every start. `admin`: imported once, then the back-office is. */
      source: z.enum(['code', 'admin'], { error: 'must be code or admin' }),
      active: z.boolean({ error: 'must be true or false' }).default(true),
      /** A commune's test space: the widgets show a banner and no e-mail leaves. */
      sandbox: z.boolean({ error: 'must be true or false' }).default(false),
      names: localizedTextSchema,
      languages: languagesSchema,
      timeZone: z
        .string({ error: 'must be a time zone like Europe/Brussels' })
        .refine(isTimeZone, {
          error: (issue) => `"${String(issue.input)}" is not a known IANA time zone like Europe/Brussels`,
        })
        .default('Europe/Brussels'),
      theme: themeSchema,
      embed: z.strictObject({
        allowedOrigins: uniqueList(originSchema, 'origins'),
      }),
      contact: contactSchema,
      privacy: privacySchema,
      /** The commune's own postal codes: an address there makes a family resident. */
      postalCodes: uniqueList(postalCodeSchema, 'postal codes').min(1, {
        error: 'must list at least one postal code',
      }),
      bankAccount: z.strictObject({
        iban: belgianIbanSchema,
        bic: belgianBicSchema,
        holder: bankAccountHolderSchema,
      }),
      services: servicesSchema,
      /**
       * The childcare attestation (form 281.86) the commune issues for its stages: the daily amount
       * the federal rules deduct at most for the income year, and who signs for the commune.
       * Without it, no attestation is issued.
       */
      childcareAttestation: z
        .strictObject({
          dailyCapCents: z
            .number({ error: 'must be a whole number of cents, like 1690 for 16.90 €' })
            .int({ error: 'must be a whole number of cents, like 1690 for 16.90 €' })
            .min(1)
            .max(100_000),
          signatory: z.string().trim().min(1).max(200),
        })
        .optional(),
      /**
       * The letter an event permit decision is sent as: who signs it for the commune (name, and title
       * in each language) and an optional closing paragraph. Without it, the letter is signed by the
       * commune's name. The letterhead is always the commune's name and contact address.
       */
      eventDecisionLetter: z
        .strictObject({
          signatoryName: z.string().trim().min(1).max(200),
          signatoryTitle: localizedTextSchema,
          closing: localizedTextSchema.optional(),
        })
        .optional(),
    },
    {
      error: (issue) =>
        issue.code === 'invalid_type'
          ? 'must be a map of settings, starting with slug: and source:'
          : undefined,
    },
  )
  .superRefine((config, ctx) => {
    // Missing translations only warn (see findTranslationGaps); the default language is what they fall back to.
    const fallback = config.languages.default;
    // A default outside the offered list has its own issue; repeating it for every text would bury it.
    if (!config.languages.offered.includes(fallback)) return;
    for (const { path, text } of localizedFields(config)) {
      if (text[fallback] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, fallback],
          message: `the text in the default language (${fallback}) is required`,
        });
      }
    }
  });

export type TenantConfig = z.output<typeof tenantConfigSchema>;
export type TenantConfigInput = z.input<typeof tenantConfigSchema>;
