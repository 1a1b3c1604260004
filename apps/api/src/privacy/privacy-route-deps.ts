import type { HouseholdRouteDeps } from '../households/household-route-deps.ts';
import type { Mailer } from '../notifications/mailer.ts';

export interface PrivacyRouteDeps extends HouseholdRouteDeps {
  mailer: Mailer;
}
