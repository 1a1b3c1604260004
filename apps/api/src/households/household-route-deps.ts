import type { Database } from '@communa/db';
import type { Auth } from '../auth/create-auth.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { tenantProblems } from '../tenants/errors.ts';
import type { ResolvedTenant, TenantDirectory } from '../tenants/tenant-directory.ts';

export interface HouseholdRouteDeps {
  db: Database;
  tenants: TenantDirectory;
  auth: Auth;
}

export const ME_PATH = '/v1/tenants/{tenant}/me';

/** The commune a route acts in; an unknown slug is 404 (the tenant CORS middleware usually says so first). */
export async function resolveCommune(tenants: TenantDirectory, slug: string): Promise<ResolvedTenant> {
  const tenant = await tenants.resolve(slug);
  if (!tenant) throw new ProblemError(tenantProblems.notFound, `No commune “${slug}” on this platform`);
  return tenant;
}

/** Answers every citizen route may give besides its own. */
export const citizenProblemResponses = {
  401: problemResponse('Not signed in, or the session has expired'),
  403: problemResponse('The calling website may not embed this commune'),
} as const;
