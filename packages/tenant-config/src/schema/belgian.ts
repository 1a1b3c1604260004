import { electronicFormatIBAN, extractBIC, isValidIBAN } from 'ibantools';
import * as z from 'zod';

/** YAML reads `4000` as a number; postal codes and house numbers are text, so both spellings are accepted. */
const textOrInteger = (message: string) =>
  z.union([z.string(), z.int()], { error: message }).transform((value) => String(value).trim());

export const postalCodeSchema = textOrInteger('must be a Belgian postal code like 4000').pipe(
  z.string().regex(/^[1-9]\d{3}$/, { error: 'must be a Belgian postal code: 4 digits from 1000 to 9999' }),
);

export const houseNumberSchema = textOrInteger('must be a house number like 2 or 14A').pipe(
  z.string().min(1, { error: 'must not be empty' }).max(20, { error: 'must be at most 20 characters' }),
);

export const belgianIbanSchema = z
  .string({ error: 'must be a Belgian IBAN like BE68 5390 0754 7034' })
  .transform((value) => electronicFormatIBAN(value) ?? '')
  .refine((iban) => iban.startsWith('BE') && isValidIBAN(iban), {
    error: 'must be a valid Belgian IBAN (BE + 14 digits, check digits included)',
  });

export const belgianBicSchema = z
  .string({ error: 'must be a BIC like GKCCBEBB' })
  .transform((value) => value.replace(/\s+/g, '').toUpperCase())
  .refine(
    (bic) => {
      const parts = extractBIC(bic);
      return parts.valid && parts.countryCode === 'BE';
    },
    { error: 'must be the BIC of a Belgian bank (8 or 11 characters, like GKCCBEBB)' },
  );
