import { withTenant } from '@communa/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { requireCitizen } from '../auth/require-citizen.ts';
import { citizenProblemResponses, resolveCommune } from '../households/household-route-deps.ts';
import { findHouseholdId } from '../households/household-store.ts';
import { problemResponse } from '../problems/problem.ts';
import { tenantParamsSchema } from '../tenants/get-tenant.ts';
import { bankAccountOf, householdInvoices } from './invoice-store.ts';
import { myInvoicesSchema } from './payment-schemas.ts';
import { presentMyInvoice } from './present-invoice.ts';
import type { PaymentRouteDeps } from './route-deps.ts';
import { MY_INVOICES_PATH } from './route-deps.ts';

export function registerGetMyInvoices(app: OpenAPIHono<AppEnv>, deps: PaymentRouteDeps): void {
  const route = createRoute({
    method: 'get',
    path: MY_INVOICES_PATH,
    tags: ['Payments'],
    summary: 'My household’s stage invoices',
    description:
      'One invoice per confirmed seat, newest first: amount, due day, status, the commune’s account (IBAN, BIC, ' +
      'beneficiary), the structured communication (+++ddd/dddd/ddddd+++) and, while open, the EPC payment QR ' +
      'code (its payload, and its modules as an SVG path). Empty without a household.',
    middleware: [requireCitizen(deps.auth)] as const,
    request: { params: tenantParamsSchema },
    responses: {
      200: { description: 'My invoices', content: { 'application/json': { schema: myInvoicesSchema } } },
      ...citizenProblemResponses,
      404: problemResponse('No such commune'),
    },
  });
  app.openapi(route, async (c) => {
    const tenant = await resolveCommune(deps.tenants, c.req.valid('param').tenant);
    const languages = tenant.publicConfig.languages;
    const invoices = await withTenant(deps.db, tenant.id, async (tx) => {
      const householdId = await findHouseholdId(tx, tenant.id, c.var.citizen.userId);
      if (!householdId) return [];
      const rows = await householdInvoices(tx, tenant.id, householdId);
      if (rows.length === 0) return [];
      const bank = await bankAccountOf(tx, tenant.id);
      return rows.map((row) => presentMyInvoice(row, languages, bank));
    });
    return c.json({ invoices }, 200);
  });
}
