import { createHmac, randomBytes } from 'node:crypto';
import type { Database } from '@communa/db';
import { members, sessions, users } from '@communa/db';
import { sql } from 'drizzle-orm';
import type { StaffRole } from '../staff-roles.ts';

export interface StaffSession {
  userId: string;
  memberId: string | undefined;
  /** What the browser sends: `Cookie: better-auth.session_token=…`. */
  cookie: string;
  /** The raw session token (what a bearer would carry). */
  token: string;
}

export interface StaffSessionOptions {
  /** The commune (organization) and roles; none: a signed-in person who is no one's staff. */
  tenantId?: string;
  roles?: readonly StaffRole[];
  /** The person has enrolled a TOTP factor (default true). */
  twoFactorEnabled?: boolean;
  /** This session passed a TOTP code (default true). */
  secondFactor?: boolean;
  name?: string;
}

const SESSION_COOKIE = 'better-auth.session_token';
const TWELVE_HOURS_MS = 12 * 60 * 60 * 1000;

/**
 * A signed-in staff member without mailing a code or enrolling an app, for tests that need many:
 * the rows better-auth would write, and its session cookie signed with the auth secret.
 */
export async function createStaffSession(
  db: Database,
  secret: string,
  email: string,
  options: StaffSessionOptions = {},
): Promise<StaffSession> {
  const twoFactorEnabled = options.twoFactorEnabled ?? true;
  const [user] = await db
    .insert(users)
    .values({
      email: email.toLowerCase(),
      name: options.name ?? email,
      emailVerified: true,
      twoFactorEnabled,
    })
    .onConflictDoUpdate({ target: users.email, set: { twoFactorEnabled, updatedAt: sql`now()` } })
    .returning({ id: users.id });
  if (!user) throw new Error(`could not create the staff member ${email}`);
  let memberId: string | undefined;
  if (options.tenantId && options.roles) {
    const role = options.roles.join(',');
    const [member] = await db
      .insert(members)
      .values({ organizationId: options.tenantId, userId: user.id, role })
      .onConflictDoUpdate({ target: [members.organizationId, members.userId], set: { role } })
      .returning({ id: members.id });
    memberId = member?.id;
  }
  const token = randomBytes(24).toString('base64url');
  await db.insert(sessions).values({
    userId: user.id,
    token,
    expiresAt: new Date(Date.now() + TWELVE_HOURS_MS),
    secondFactorAt: (options.secondFactor ?? true) ? new Date() : null,
  });
  const signature = createHmac('sha256', secret).update(token).digest('base64');
  return {
    userId: user.id,
    memberId,
    token,
    cookie: `${SESSION_COOKIE}=${encodeURIComponent(`${token}.${signature}`)}`,
  };
}
