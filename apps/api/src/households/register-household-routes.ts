import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { HealthKeyring } from '../health-sheets/health-keys.ts';
import type { CoParentRouteDeps } from './co-parent-route-deps.ts';
import { registerDeleteChild } from './delete-child.ts';
import { registerDeleteCoParentInvitation } from './delete-co-parent-invitation.ts';
import { registerGetCoParentInvitations } from './get-co-parent-invitations.ts';
import { registerGetExport } from './get-export.ts';
import { registerGetHousehold } from './get-household.ts';
import { registerPatchChild } from './patch-child.ts';
import { registerPostAcceptCoParentInvitation } from './post-accept-co-parent-invitation.ts';
import { registerPostChild } from './post-child.ts';
import { registerPostCoParentInvitation } from './post-co-parent-invitation.ts';
import { registerPutHousehold } from './put-household.ts';

/** The signed-in citizen's household and children in one commune: `/v1/tenants/{tenant}/me/…`. */
export function registerHouseholdRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: CoParentRouteDeps & { healthKeys: HealthKeyring },
): void {
  registerGetHousehold(app, deps);
  registerPutHousehold(app, deps);
  registerPostChild(app, deps);
  registerPatchChild(app, deps);
  registerDeleteChild(app, deps);
  registerGetExport(app, deps);
  registerGetCoParentInvitations(app, deps);
  registerPostCoParentInvitation(app, deps);
  registerPostAcceptCoParentInvitation(app, deps);
  registerDeleteCoParentInvitation(app, deps);
}
