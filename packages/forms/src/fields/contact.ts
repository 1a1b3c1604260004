import * as z from 'zod';
import { parsePhone } from '../belgian/phone.ts';
import { parseBelgianPostalCode } from '../belgian/postal-code.ts';
import { fieldBase } from './base.ts';
import { accept, type FieldIssue, type FieldOutcome, invalidType, reject } from './outcome.ts';

const belgianOnly = z.boolean({ error: 'must be true or false' }).default(false);

export const emailFieldSchema = z.strictObject({ ...fieldBase, type: z.literal('email') });

export const phoneFieldSchema = z.strictObject({ ...fieldBase, type: z.literal('phone'), belgianOnly });

/** Belgian addresses have their postal code checked; foreign ones are taken as written. */
export const addressFieldSchema = z.strictObject({ ...fieldBase, type: z.literal('address'), belgianOnly });

const emailSchema = z.email();

export const validateEmail = (value: unknown): FieldOutcome => {
  if (typeof value !== 'string') return invalidType('an e-mail address');
  const email = value.trim();
  if (email.length > 254 || !emailSchema.safeParse(email).success) {
    return reject('invalid_email', 'must be an e-mail address like name@example.be');
  }
  return accept(email);
};

export const validatePhone = (field: z.infer<typeof phoneFieldSchema>, value: unknown): FieldOutcome => {
  if (typeof value !== 'string') return invalidType('a phone number');
  const phone = parsePhone(value);
  if (!phone.ok) return reject(phone.code, 'must be a phone number like 0470 12 34 56 or +33 1 42 68 53 00');
  if (field.belgianOnly && !phone.value.startsWith('+32'))
    return reject('phone_not_belgian', 'must be a Belgian number');
  return accept(phone.value);
};

const part = (max: number) =>
  z
    .string()
    .max(10_000)
    .transform((text) => text.trim())
    .pipe(z.string().max(max));

const addressShape = z.strictObject({
  street: part(200).optional(),
  number: part(20).optional(),
  box: part(20).optional(),
  postalCode: part(20).optional(),
  city: part(100).optional(),
  country: z.string().optional(),
});

const REQUIRED_PARTS = ['street', 'number', 'postalCode', 'city'] as const;

export const validateAddress = (field: z.infer<typeof addressFieldSchema>, value: unknown): FieldOutcome => {
  const parsed = addressShape.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.filter((segment) => typeof segment === 'string') ?? [];
    return issue?.code === 'too_big'
      ? reject('too_long', 'is too long', path)
      : reject('invalid_type', 'must be an address { street, number, box, postalCode, city, country }', path);
  }
  const address = parsed.data;
  const country = (address.country ?? 'BE').trim().toUpperCase();
  const issues: FieldIssue[] = REQUIRED_PARTS.filter((name) => (address[name] ?? '') === '').map((name) => ({
    path: [name],
    code: 'required',
    message: 'is required',
  }));
  if (!/^[A-Z]{2}$/.test(country)) {
    issues.push({
      path: ['country'],
      code: 'invalid_country',
      message: 'must be a two-letter country code like BE',
    });
  } else if (field.belgianOnly && country !== 'BE') {
    issues.push({ path: ['country'], code: 'address_not_belgian', message: 'must be an address in Belgium' });
  }
  let postalCode = address.postalCode ?? '';
  if (country === 'BE' && postalCode !== '') {
    const checked = parseBelgianPostalCode(postalCode);
    if (checked.ok) postalCode = checked.value;
    else
      issues.push({
        path: ['postalCode'],
        code: checked.code,
        message: 'must be a Belgian postal code like 4000',
      });
  }
  if (issues.length > 0) return { ok: false, issues };
  return accept({
    street: address.street,
    number: address.number,
    ...(address.box === undefined || address.box === '' ? {} : { box: address.box }),
    postalCode,
    city: address.city,
    country,
  });
};
