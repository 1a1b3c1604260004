import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { staffMiddleware, staffProblemResponses } from '../staff/staff-route-deps.ts';
import { paymentProblems } from './errors.ts';
import { findInvoice, lockInvoice, updateInvoice } from './invoice-store.ts';
import { invoiceParamsSchema, staffInvoiceSchema } from './payment-schemas.ts';
import { presentStaffInvoice } from './present-invoice.ts';
import type { PaymentRouteDeps } from './route-deps.ts';
import { STAFF_INVOICES_PATH } from './route-deps.ts';

export function registerPostInvoicePayment(app: OpenAPIHono<AppEnv>, deps: PaymentRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: `${STAFF_INVOICES_PATH}/{invoiceId}/payment`,
    tags: ['Staff: payments'],
    summary:
      'Record that an open invoice was paid (admin, stage-manager; audited): no reminder, the seat is kept',
    middleware: staffMiddleware(deps, 'stage-sessions:manage'),
    request: { params: invoiceParamsSchema },
    responses: {
      200: { description: 'Paid', content: { 'application/json': { schema: staffInvoiceSchema } } },
      ...staffProblemResponses,
      404: problemResponse('No such commune among yours, or no such invoice in it (invoice_not_found)'),
      409: problemResponse('Already paid, cancelled or released (invoice_not_open)'),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const tenantId = member.tenant.id;
    const { invoiceId } = c.req.valid('param');
    const now = new Date();
    const invoice = await withTenant(deps.db, tenantId, async (tx) => {
      const locked = await lockInvoice(tx, tenantId, invoiceId);
      if (!locked) throw new ProblemError(paymentProblems.invoiceNotFound);
      if (locked.status !== 'open') throw new ProblemError(paymentProblems.invoiceNotOpen);
      await updateInvoice(tx, tenantId, invoiceId, {
        status: 'paid',
        paidAt: now,
        paidBy: member.userId,
        at: now,
      });
      await recordAuditEvent(tx, {
        tenantId,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'invoice.marked_paid',
        targetType: 'stage_invoice',
        targetId: invoiceId,
        ip: member.ip,
        detail: { amountCents: locked.amountCents, enrolmentId: locked.enrolmentId },
      });
      const [row] = await findInvoice(tx, tenantId, invoiceId);
      if (!row) throw new ProblemError(paymentProblems.invoiceNotFound);
      return row;
    });
    return c.json(presentStaffInvoice(invoice, member.tenant.publicConfig.languages), 200);
  });
}
