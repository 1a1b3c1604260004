import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { registerGetAttendance } from './get-attendance.ts';
import { registerGetSessionListCsv } from './get-session-list-csv.ts';
import { registerGetSessionListPdf } from './get-session-list-pdf.ts';
import { registerGetSessionListXlsx } from './get-session-list-xlsx.ts';
import { registerGetStageSession } from './get-stage-session.ts';
import { registerGetStageSessions } from './get-stage-sessions.ts';
import { registerPostEnrolmentCancel } from './post-enrolment-cancel.ts';
import { registerPostEnrolmentMove } from './post-enrolment-move.ts';
import { registerPostSessionEnrolment } from './post-session-enrolment.ts';
import { registerPostSessionMessage } from './post-session-message.ts';
import { registerPutAttendance } from './put-attendance.ts';
import { registerPutEnrolmentResidency } from './put-enrolment-residency.ts';
import { registerPutSessionAnimators } from './put-session-animators.ts';
import type { StageStaffRouteDeps } from './stage-staff-route-deps.ts';

/**
 * Stage sessions in the back-office: lists, attendance and changes by hand. Registered by the staff
 * routes, behind the same cookie-only sessions and same-origin check on writes.
 */
export function registerStageStaffRoutes(app: OpenAPIHono<AppEnv>, deps: StageStaffRouteDeps): void {
  registerGetStageSessions(app, deps);
  registerGetStageSession(app, deps);
  registerGetAttendance(app, deps);
  registerPutAttendance(app, deps);
  registerGetSessionListCsv(app, deps);
  registerGetSessionListXlsx(app, deps);
  registerGetSessionListPdf(app, deps);
  registerPostSessionEnrolment(app, deps);
  registerPostEnrolmentCancel(app, deps);
  registerPostEnrolmentMove(app, deps);
  registerPutEnrolmentResidency(app, deps);
  registerPutSessionAnimators(app, deps);
  registerPostSessionMessage(app, deps);
}
