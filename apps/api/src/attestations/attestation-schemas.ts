import { z } from '@hono/zod-openapi';
import { languageSchema } from '../tenants/public-tenant-schema.ts';

const uuidParam = (name: string) => z.uuid().openapi({ param: { name, in: 'path' } });

const yearParam = z.coerce
  .number()
  .int()
  .min(2000)
  .max(2100)
  .openapi({ param: { name: 'year', in: 'path' }, example: 2027, description: 'The income year' });

const tenantParam = z
  .string()
  .max(64)
  .openapi({ param: { name: 'tenant', in: 'path' }, example: 'liege' });

export const staffAttestationParamsSchema = z.object({
  tenant: tenantParam,
  householdId: uuidParam('householdId'),
  childId: uuidParam('childId'),
  year: yearParam,
});

export const myAttestationParamsSchema = z.object({
  tenant: tenantParam,
  childId: uuidParam('childId'),
  year: yearParam,
});

export const attestationQuerySchema = z.strictObject({
  lang: languageSchema.optional().openapi({ description: 'The language of the attestation' }),
});

/** The PDF answer of both routes. */
export const attestationPdfResponse = {
  description: 'The attestation (form 281.86), as a PDF download',
  headers: z.object({ 'Content-Disposition': z.string() }),
  content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
} as const;

/** The file name: the child and the year, nothing the URL does not already say. */
export const attestationFileName = (child: { firstName: string; lastName: string }, year: number) =>
  `attestation-281-86-${year}-${`${child.lastName}-${child.firstName}`
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .toLowerCase()}.pdf`;
