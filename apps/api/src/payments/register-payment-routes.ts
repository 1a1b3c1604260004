import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { registerGetMyInvoices } from './get-my-invoices.ts';
import { registerGetStaffInvoices } from './get-staff-invoices.ts';
import { registerPostInvoicePayment } from './post-invoice-payment.ts';
import type { PaymentRouteDeps } from './route-deps.ts';

/**
 * Stage invoices: the family's list, and the staff's list and payments. Registered after the staff
 * routes, so their same-origin check on writes covers these too.
 */
export function registerPaymentRoutes(app: OpenAPIHono<AppEnv>, deps: PaymentRouteDeps): void {
  registerGetMyInvoices(app, deps);
  registerGetStaffInvoices(app, deps);
  registerPostInvoicePayment(app, deps);
}
