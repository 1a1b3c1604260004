import { tenants, withTenant } from '@communa/db';
import { eq } from 'drizzle-orm';
import type { ResendTestKit } from '../../auth/testing/auth-test-kit.ts';
import { authSecret, parseEnv } from '../../env.ts';
import type { StaffSessionOptions } from '../../staff/testing/create-staff-session.ts';
import { createStaffSession } from '../../staff/testing/create-staff-session.ts';
import { TEST_PUBLIC_URL } from '../../testing/offline-app.ts';
import type { InvoiceDueOutcome } from '../invoice-due.ts';
import { runInvoiceDue } from '../invoice-due.ts';

/** A staff member of a commune, signed in with the second factor passed. */
export async function staffOf(
  kit: ResendTestKit,
  email: string,
  slug: string,
  roles: StaffSessionOptions['roles'],
) {
  const [row] = await kit.owner.db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, slug));
  if (!row) throw new Error(`no demo commune ${slug}`);
  return createStaffSession(kit.owner.db, authSecret(parseEnv({ NODE_ENV: 'test' })), email, {
    tenantId: row.id,
    roles,
  });
}

/** A request as the back-office page sends it: its cookie and its origin. */
export function adminRequest(kit: ResendTestKit, path: string, cookie: string, method = 'GET') {
  return kit.platform.app.request(path, { method, headers: { origin: TEST_PUBLIC_URL, cookie } });
}

/** Runs an invoice's due-date job now, with the clock at `now`, as the worker would. */
export async function dueJobAt(
  kit: ResendTestKit,
  slug: string,
  invoiceId: string,
  now: Date,
): Promise<InvoiceDueOutcome> {
  const tenant = await kit.platform.platform.tenants.resolve(slug);
  if (!tenant) throw new Error(`no demo commune ${slug}`);
  return withTenant(kit.platform.platform.db, tenant.id, (tx) =>
    runInvoiceDue(
      tx,
      { jobs: kit.platform.platform.jobs, invoiceTerms: { dueDays: 14, graceDays: 7 }, offerHours: 48 },
      tenant,
      invoiceId,
      now,
    ),
  );
}
