import { randomUUID } from 'node:crypto';
import { withTenant } from '@communa/db';
import { localize } from '@communa/tenant-config';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createRoute } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { enqueueMail } from '../jobs/mail-jobs.ts';
import { mailLanguage } from '../notifications/templates/mail-brand.ts';
import { renderStageSessionMessage } from '../notifications/templates/stage-session-message.ts';
import { tenantMailBrand } from '../notifications/tenant-mail.ts';
import { ProblemError, problemResponse } from '../problems/problem.ts';
import { staffMiddleware } from '../staff/staff-route-deps.ts';
import { stageStaffProblems } from './errors.ts';
import { sessionFor } from './session-access.ts';
import { sessionGuardians } from './session-store.ts';
import type { StageStaffRouteDeps } from './stage-staff-route-deps.ts';
import { SESSION_PATH, sessionProblemResponses } from './stage-staff-route-deps.ts';
import {
  sessionMessageAnswerSchema,
  sessionMessageInputSchema,
  sessionParamsSchema,
} from './stage-staff-schemas.ts';

const STATUSES = {
  enrolled: ['confirmed', 'offered'],
  'enrolled-and-waitlisted': ['confirmed', 'offered', 'waitlisted'],
} as const;

export function registerPostSessionMessage(app: OpenAPIHono<AppEnv>, deps: StageStaffRouteDeps): void {
  const route = createRoute({
    method: 'post',
    path: `${SESSION_PATH}/messages`,
    tags: ['Staff: stages'],
    summary: 'E-mail the families of a session (admin, stage-manager; audited)',
    description:
      'One e-mail per guardian (every member of the households of each child concerned, a person once), ' +
      'framed in their language with the stage and its dates, the text as written. Sent by the job queue in ' +
      'the same transaction as the audit record. 409 no_families when nobody is concerned.',
    middleware: staffMiddleware(deps, 'stage-sessions:manage'),
    request: {
      params: sessionParamsSchema,
      body: { required: true, content: { 'application/json': { schema: sessionMessageInputSchema } } },
    },
    responses: {
      202: {
        description: 'The e-mails are queued',
        content: { 'application/json': { schema: sessionMessageAnswerSchema } },
      },
      ...sessionProblemResponses,
      409: problemResponse('Nobody to write to (no_families); nothing was sent'),
    },
  });
  app.openapi(route, async (c) => {
    const member = c.var.member;
    const tenant = member.tenant;
    const { sessionId } = c.req.valid('param');
    const input = c.req.valid('json');
    const recipients = await withTenant(deps.db, tenant.id, async (tx) => {
      const session = await sessionFor(tx, member, sessionId);
      const guardians = await sessionGuardians(tx, tenant.id, sessionId, STATUSES[input.audience]);
      if (guardians.length === 0) throw new ProblemError(stageStaffProblems.noFamilies);
      const messageId = randomUUID();
      const fallback = tenant.publicConfig.languages.default;
      await Promise.all(
        guardians.map((guardian) => {
          const lang = mailLanguage(tenant.publicConfig, guardian.language);
          return enqueueMail(deps.jobs, tx, tenant.slug, {
            to: guardian.email,
            idempotencyKey: `stage-session-message/${messageId}/${guardian.userId}`,
            content: renderStageSessionMessage(tenantMailBrand(tenant, lang), {
              stageTitle: localize(session.stageTitle, lang, fallback),
              firstDay: session.firstDay,
              lastDay: session.days.at(-1) ?? session.firstDay,
              subject: input.subject,
              text: input.text,
            }),
            tags: [{ name: 'kind', value: 'stage-session-message' }],
          });
        }),
      );
      await recordAuditEvent(tx, {
        tenantId: tenant.id,
        actorUserId: member.userId,
        actorEmail: member.email,
        action: 'stages.families_mailed',
        targetType: 'stage_session',
        targetId: sessionId,
        ip: member.ip,
        detail: { messageId, subject: input.subject, audience: input.audience, recipients: guardians.length },
      });
      return guardians.length;
    });
    return c.json({ recipients }, 202);
  });
}
