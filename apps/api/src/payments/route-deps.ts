import type { HouseholdRouteDeps } from '../households/household-route-deps.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';

export type PaymentRouteDeps = HouseholdRouteDeps & StaffRouteDeps;

export const MY_INVOICES_PATH = '/v1/tenants/{tenant}/me/invoices';
export const STAFF_INVOICES_PATH = '/v1/admin/tenants/{tenant}/invoices';
