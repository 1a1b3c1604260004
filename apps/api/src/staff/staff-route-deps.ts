import type { Database } from '@communa/db';
import type { Auth } from '../auth/create-auth.ts';
import { problemResponse } from '../problems/problem.ts';
import type { TenantDirectory } from '../tenants/tenant-directory.ts';
import { requireStaff, requireStaffSession } from './require-staff.ts';
import type { StaffPermission } from './staff-roles.ts';

export interface StaffRouteDeps {
  db: Database;
  auth: Auth;
  tenants: TenantDirectory;
  clientIpHeader: string;
}

export const ADMIN_PATH = '/v1/admin';
export const ADMIN_TENANT_PATH = `${ADMIN_PATH}/tenants/{tenant}`;

/** The middleware of a `/v1/admin/tenants/{tenant}/…` route needing `permission`. */
export function staffMiddleware(deps: StaffRouteDeps, permission?: StaffPermission) {
  const chain: [ReturnType<typeof requireStaffSession>, ReturnType<typeof requireStaff>] = [
    requireStaffSession(deps),
    requireStaff(deps, permission),
  ];
  return chain;
}

/** Answers every staff route in a commune may give besides its own. */
export const staffProblemResponses = {
  400: problemResponse('Malformed request (validation_failed)'),
  401: problemResponse('Not signed in to the back-office, or a bearer token was sent (unauthorized)'),
  403: problemResponse(
    'The roles do not allow it (forbidden), or a second factor is needed (second_factor_required, second_factor_enrolment_required), or a change came from another site (cross_site_request)',
  ),
  404: problemResponse('No such commune among the person’s (tenant_not_found)'),
} as const;
