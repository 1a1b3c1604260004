import type { Database } from '@communa/db';
import { members, sessions, withTenant } from '@communa/db';
import { createAuthMiddleware, isAPIError } from 'better-auth/api';
import { eq, inArray } from 'drizzle-orm';
import type { Logger } from 'pino';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { firstForwardedAddress } from './client-ip.ts';

const SECOND_FACTOR_PATHS = new Set(['/two-factor/verify-totp', '/two-factor/verify-backup-code']);
const FIRST_FACTOR_PATHS = new Set(['/sign-in/email', '/sign-in/email-otp']);

export interface StaffSignInHookOptions {
  db: Database;
  logger: Logger;
  clientIpHeader: string;
}

/**
 * Runs after better-auth's sign-in steps. A correct TOTP (or backup) code stamps the session with
 * `second_factor_at`, which the roles that reach health data require. A staff member's completed
 * sign-in is written to the audit log of each commune they belong to; citizens belong to none, so
 * nothing about them is recorded (their sign-in route stays anonymous).
 */
export function createStaffSignInHook(options: StaffSignInHookOptions) {
  return createAuthMiddleware(async (ctx) => {
    const path = ctx.path ?? '';
    const secondFactor = SECOND_FACTOR_PATHS.has(path);
    if (!secondFactor && !FIRST_FACTOR_PATHS.has(path)) return;
    const returned: unknown = ctx.context.returned;
    if (returned === undefined || isAPIError(returned)) return;
    const newSession = ctx.context.newSession;
    const returnedToken = sessionToken(returned);
    let action: 'staff.signed_in' | 'staff.second_factor_enrolled' | undefined;
    if (secondFactor) {
      const tokens = [newSession?.session.token, returnedToken].filter((t): t is string => Boolean(t));
      if (tokens.length === 0) return;
      await options.db
        .update(sessions)
        .set({ secondFactorAt: new Date() })
        .where(inArray(sessions.token, tokens));
      // Completing a sign-in answers the new session's token; enrolling rotates the session and
      // answers the old one; a step-up on a live session creates none.
      if (newSession)
        action =
          returnedToken === newSession.session.token ? 'staff.signed_in' : 'staff.second_factor_enrolled';
    } else if (newSession && !(newSession.user.twoFactorEnabled && path === '/sign-in/email')) {
      // With a second factor, better-auth swaps the password sign-in for a challenge: it is
      // recorded once the code is verified.
      action = 'staff.signed_in';
    }
    if (!action || !newSession) return;
    const { user } = newSession;
    const memberships = await options.db
      .select({ tenantId: members.organizationId })
      .from(members)
      .where(eq(members.userId, user.id));
    const ip = firstForwardedAddress(
      ctx.request?.headers.get(options.clientIpHeader) ?? ctx.headers?.get(options.clientIpHeader),
    );
    const method = secondFactor ? 'totp' : path === '/sign-in/email' ? 'password' : 'email-code';
    for (const { tenantId } of memberships) {
      await withTenant(options.db, tenantId, (tx) =>
        recordAuditEvent(tx, {
          tenantId,
          actorUserId: user.id,
          actorEmail: user.email,
          action,
          targetType: 'user',
          targetId: user.id,
          ip,
          detail: { method },
        }),
      );
    }
  });
}

function sessionToken(returned: unknown): string | undefined {
  if (typeof returned !== 'object' || returned === null || !('token' in returned)) return undefined;
  return typeof returned.token === 'string' ? returned.token : undefined;
}
