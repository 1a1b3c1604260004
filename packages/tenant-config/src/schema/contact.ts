import * as z from 'zod';
import { houseNumberSchema, postalCodeSchema } from './belgian.ts';
import { webUrlSchema } from './web-url.ts';

const line = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });

export const emailSchema = z.email({ error: 'must be an e-mail address like info@example.be' });

export const addressSchema = z.strictObject({
  street: line(120),
  number: houseNumberSchema,
  box: houseNumberSchema.optional(),
  postalCode: postalCodeSchema,
  city: line(80),
});

export const contactSchema = z.strictObject({
  email: emailSchema,
  // Shown as written to citizens, so one readable international form for every commune.
  phone: z.string({ error: 'must be a phone number like +32 4 221 84 11' }).regex(/^\+\d{1,3}( ?\d){6,14}$/, {
    error: 'must be a phone number in international form, like +32 4 221 84 11',
  }),
  website: webUrlSchema({ allowHttp: false }),
  address: addressSchema,
});

export const privacySchema = z.strictObject({
  noticeUrl: webUrlSchema({ allowHttp: true }),
  dpoEmail: emailSchema,
});

export const bankAccountHolderSchema = line(70);
