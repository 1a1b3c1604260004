import { z } from '@hono/zod-openapi';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { localizedTextSchema } from '../tenants/public-tenant-schema.ts';

export const invoiceStatusSchema = z.enum(['open', 'paid', 'cancelled', 'released']);

const invoiceFields = {
  id: z.uuid(),
  enrolmentId: z.uuid(),
  reference: z.string().openapi({ description: 'The enrolment’s reference' }),
  childFirstName: z.string(),
  stageTitle: localizedTextSchema,
  firstDay: z.iso.date(),
  amountCents: z.number().int().min(0),
  status: invoiceStatusSchema,
  issuedAt: z.iso.datetime(),
  dueOn: z.iso.date(),
  paidAt: z.iso.datetime().nullable(),
  structuredCommunication: z.string().openapi({ example: '+++000/1000/00195+++' }),
};

export const myInvoiceSchema = z
  .object({
    ...invoiceFields,
    iban: z.string(),
    bic: z.string(),
    beneficiary: z.string(),
    epc: z
      .object({
        payload: z.string().openapi({ description: 'The EPC069-12 payload the QR code encodes' }),
        qr: z.object({
          size: z.number().int().openapi({ description: 'Modules per side, quiet zone included' }),
          path: z
            .string()
            .openapi({ description: 'SVG path of the dark modules, for viewBox="0 0 size size"' }),
        }),
      })
      .nullable()
      .openapi({ description: 'Only while the invoice is open' }),
  })
  .openapi('MyInvoice');

export const myInvoicesSchema = z.object({ invoices: z.array(myInvoiceSchema) }).openapi('MyInvoices');

export const staffInvoiceSchema = z.object(invoiceFields).openapi('StaffInvoice');

export const staffInvoicesSchema = z
  .object({ invoices: z.array(staffInvoiceSchema) })
  .openapi('StaffInvoices');

export const staffInvoicesQuerySchema = z.strictObject({ status: invoiceStatusSchema.optional() });

export const invoiceParamsSchema = tenantParamsSchema.extend({
  invoiceId: z.uuid().openapi({ param: { name: 'invoiceId', in: 'path' } }),
});
