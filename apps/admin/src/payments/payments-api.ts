import { api } from '../api/api-client.ts';
import { type ApiResult, settle } from '../api/api-result.ts';
import type { InvoiceStatus, StaffInvoice, StaffInvoices } from '../api/api-types.ts';

export function listInvoices(tenant: string, status?: InvoiceStatus): Promise<ApiResult<StaffInvoices>> {
  return settle(
    api.GET('/v1/admin/tenants/{tenant}/invoices', {
      params: { path: { tenant }, query: status ? { status } : {} },
    }),
  );
}

export function markPaid(tenant: string, invoiceId: string): Promise<ApiResult<StaffInvoice>> {
  return settle(
    api.POST('/v1/admin/tenants/{tenant}/invoices/{invoiceId}/payment', {
      params: { path: { tenant, invoiceId } },
    }),
  );
}
