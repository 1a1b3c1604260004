import type { Mailer } from '../notifications/mailer.ts';
import type { HouseholdRouteDeps } from './household-route-deps.ts';

export interface CoParentRouteDeps extends HouseholdRouteDeps {
  mailer: Mailer;
}

export const CO_PARENT_PATH = '/v1/tenants/{tenant}/me/co-parent-invitations';
