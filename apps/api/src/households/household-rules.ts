import type { households } from '@communa/db';
import { parseBelgianPostalCode, parsePhone } from '@communa/forms';
import type { z } from 'zod';
import type { FieldError } from '../problems/problem.ts';
import type { householdInputSchema } from './household-schemas.ts';

/** As the route validated it: the shape comes from the request schema. */
export type AddressInput = z.output<typeof householdInputSchema>;

/** What the household row stores of an address (the column types come from the drizzle schema). */
export type NormalisedAddress = Pick<
  typeof households.$inferInsert,
  'street' | 'number' | 'postalCode' | 'city' | 'country'
> & { box: string | null; phone: string | null };

export type Residency = (typeof households.$inferInsert)['residency'];

export type AddressOutcome = { ok: true; value: NormalisedAddress } | { ok: false; errors: FieldError[] };

/** A Belgian address must carry a real postal code; a foreign one is kept as given. */
export function normaliseAddress(input: AddressInput): AddressOutcome {
  const errors: FieldError[] = [];
  let postalCode = input.postalCode.trim();
  if (input.country === 'BE') {
    const parsed = parseBelgianPostalCode(postalCode);
    if (parsed.ok) postalCode = parsed.value;
    else errors.push({ path: 'postalCode', code: parsed.code, message: 'Not a Belgian postal code' });
  }
  let phone: string | null = null;
  if (input.phone?.trim()) {
    const parsed = parsePhone(input.phone);
    if (parsed.ok) phone = parsed.value;
    else errors.push({ path: 'phone', code: parsed.code, message: 'Not a valid phone number' });
  }
  if (errors.length > 0) return { ok: false, errors };
  const box = input.box?.trim();
  return {
    ok: true,
    value: {
      street: input.street.trim(),
      number: input.number.trim(),
      box: box ? box : null,
      postalCode,
      city: input.city.trim(),
      country: input.country,
      phone,
    },
  };
}

/** What the address declares: resident when it lies in Belgium within one of the commune's postal codes. */
export function declaredResidency(
  address: Pick<NormalisedAddress, 'country' | 'postalCode'>,
  communePostalCodes: readonly string[],
): Residency {
  return address.country === 'BE' && communePostalCodes.includes(address.postalCode)
    ? 'declared_resident'
    : 'declared_non_resident';
}
