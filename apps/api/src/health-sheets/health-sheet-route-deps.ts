import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import type { HealthKeyring } from './health-keys.ts';

export interface HealthSheetRouteDeps extends StaffRouteDeps {
  keys: HealthKeyring;
}

export const HEALTH_SHEET_PATH = '/v1/tenants/{tenant}/me/household/children/{childId}/health-sheet';
