import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { staffMiddleware, staffProblemResponses } from '../staff/staff-route-deps.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { communeInvoices } from './invoice-store.ts';
import { staffInvoicesQuerySchema, staffInvoicesSchema } from './payment-schemas.ts';
import { presentStaffInvoice } from './present-invoice.ts';
import type { PaymentRouteDeps } from './route-deps.ts';
import { STAFF_INVOICES_PATH } from './route-deps.ts';

export function registerGetStaffInvoices(app: OpenAPIHono<AppEnv>, deps: PaymentRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: STAFF_INVOICES_PATH,
    tags: ['Staff: payments'],
    summary: 'The commune’s stage invoices (admin, stage-manager), newest first, optionally of one status',
    middleware: staffMiddleware(deps, 'stage-sessions:manage'),
    request: { params: tenantParamsSchema, query: staffInvoicesQuerySchema },
    responses: {
      200: { description: 'Invoices', content: { 'application/json': { schema: staffInvoicesSchema } } },
      ...staffProblemResponses,
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const { status } = c.req.valid('query');
    const rows = await withTenant(deps.db, member.tenant.id, (tx) =>
      communeInvoices(tx, member.tenant.id, status),
    );
    const languages = member.tenant.publicConfig.languages;
    return c.json({ invoices: rows.map((row) => presentStaffInvoice(row, languages)) }, 200);
  });
}
