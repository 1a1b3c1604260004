import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { HouseholdRouteDeps } from '../households/household-route-deps.ts';
import type { StaffRouteDeps } from '../staff/staff-route-deps.ts';
import { registerGetMyAttestation } from './get-my-attestation.ts';
import { registerGetStaffAttestation } from './get-staff-attestation.ts';

/** Childcare attestations (form 281.86): staff's for any household, a parent's for their own. */
export function registerAttestationRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: StaffRouteDeps & HouseholdRouteDeps,
): void {
  registerGetStaffAttestation(app, deps);
  registerGetMyAttestation(app, deps);
}
