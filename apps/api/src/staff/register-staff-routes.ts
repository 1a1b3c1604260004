import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { registerStageStaffRoutes } from '../stage-staff/register-stage-staff-routes.ts';
import type { StageStaffRouteDeps } from '../stage-staff/stage-staff-route-deps.ts';
import { registerDeleteInvitation } from './delete-invitation.ts';
import { registerDeleteMember } from './delete-member.ts';
import { registerGetAuditLog } from './get-audit-log.ts';
import { registerGetHouseholds } from './get-households.ts';
import { registerGetInvitation } from './get-invitation.ts';
import { registerGetMe } from './get-me.ts';
import { registerGetStaff } from './get-staff.ts';
import { sameOriginWrites } from './origin-guard.ts';
import { registerPostAcceptInvitation } from './post-accept-invitation.ts';
import { registerPostInvitation } from './post-invitation.ts';
import { registerPutHouseholdResidency } from './put-household-residency.ts';
import { registerPutMemberRoles } from './put-member-roles.ts';
import { ADMIN_PATH } from './staff-route-deps.ts';

/**
 * The staff API, `/v1/admin/…`, for the back-office on the API's own origin: cookie sessions only,
 * and every unsafe method must come from that origin (CSRF), on top of the SameSite=Strict cookie.
 */
export function registerStaffRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: StageStaffRouteDeps & { ownOrigin: string },
): void {
  app.use(`${ADMIN_PATH}/*`, sameOriginWrites(deps.ownOrigin));
  registerGetMe(app, deps);
  registerGetInvitation(app, deps);
  registerPostAcceptInvitation(app, deps);
  registerGetStaff(app, deps);
  registerPostInvitation(app, deps);
  registerDeleteInvitation(app, deps);
  registerPutMemberRoles(app, deps);
  registerDeleteMember(app, deps);
  registerGetAuditLog(app, deps);
  registerGetHouseholds(app, deps);
  registerPutHouseholdResidency(app, deps);
  registerStageStaffRoutes(app, deps);
}
