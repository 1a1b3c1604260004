import { z } from '@hono/zod-openapi';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { languageSchema } from '../tenants/public-tenant-schema.ts';
import type { AttestationDocument } from './attestation-pdf.ts';
import { attestationPdf } from './attestation-pdf.ts';

const uuidParam = (name: string) => z.uuid().openapi({ param: { name, in: 'path' } });

const yearParam = z.coerce
  .number()
  .int()
  .min(2000)
  .max(2100)
  .openapi({ param: { name: 'year', in: 'path' }, example: 2027, description: 'The income year' });

export const myAttestationParamsSchema = tenantParamsSchema.extend({
  childId: uuidParam('childId'),
  year: yearParam,
});

export const staffAttestationParamsSchema = myAttestationParamsSchema.extend({
  householdId: uuidParam('householdId'),
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
const attestationFileName = (child: { firstName: string; lastName: string }, year: number) =>
  `attestation-281-86-${year}-${`${child.lastName}-${child.firstName}`
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .toLowerCase()}.pdf`;

/** The attestation rendered as the download both routes answer. */
export async function attestationDownload(document: AttestationDocument) {
  const pdf = await attestationPdf(document);
  return {
    body: pdf as Uint8Array<ArrayBuffer>,
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${attestationFileName(document.child, document.attestation.year)}"`,
      'cache-control': 'no-store',
    },
  };
}
