import type { Database } from '@communa/db';
import { members } from '@communa/db';
import { and, eq } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env.ts';
import type { Auth } from '../auth/create-auth.ts';
import { ProblemError } from '../problems/problem.ts';
import { tenantProblems } from '../tenants/errors.ts';
import type { ResolvedTenant, TenantDirectory } from '../tenants/tenant-directory.ts';
import { firstForwardedAddress } from './client-ip.ts';
import { staffProblems } from './errors.ts';
import type { StaffPermission, StaffRole } from './staff-roles.ts';
import { hasPermission, needsSecondFactor, parseRoles } from './staff-roles.ts';

/** A person signed in to the back-office. */
export interface StaffPerson {
  userId: string;
  email: string;
  name: string;
  language: string | null;
  twoFactorEnabled: boolean;
  /** This session passed a TOTP (or backup) code. */
  secondFactorVerified: boolean;
  /** Client address for the audit log (staff routes are not anonymous). */
  ip: string | null;
}

/** The staff member acting in one commune. */
export interface StaffMember extends StaffPerson {
  tenant: ResolvedTenant;
  memberId: string;
  roles: StaffRole[];
}

export interface StaffSessionEnv extends AppEnv {
  Variables: AppEnv['Variables'] & { staff: StaffPerson };
}

export interface StaffEnv extends AppEnv {
  Variables: AppEnv['Variables'] & { staff: StaffPerson; member: StaffMember };
}

export interface StaffAuthOptions {
  auth: Auth;
  clientIpHeader: string;
}

/**
 * Only the back-office's own cookie session: a bearer token (what widgets hold, in storage an
 * embedding site's scripts can read) never opens staff routes. 401 otherwise.
 */
export function requireStaffSession(options: StaffAuthOptions) {
  return createMiddleware<StaffSessionEnv>(async (c, next) => {
    if (c.req.header('authorization')) throw new ProblemError(staffProblems.bearerRefused);
    if (!c.req.header('cookie')) throw new ProblemError(staffProblems.unauthorized);
    const found = await options.auth.api.getSession({ headers: c.req.raw.headers });
    if (!found) throw new ProblemError(staffProblems.unauthorized, 'The session is unknown or has expired');
    const { user, session } = found;
    c.set('staff', {
      userId: user.id,
      email: user.email,
      name: user.name,
      language: user.language ?? null,
      twoFactorEnabled: user.twoFactorEnabled === true,
      secondFactorVerified: Boolean(session.secondFactorAt),
      ip: firstForwardedAddress(c.req.header(options.clientIpHeader)),
    });
    await next();
  });
}

/** The roles a person holds in a commune; undefined when they are not its staff. */
export async function findMembership(
  db: Database,
  tenantId: string,
  userId: string,
): Promise<{ memberId: string; roles: StaffRole[] } | undefined> {
  const [row] = await db
    .select({ id: members.id, role: members.role })
    .from(members)
    .where(and(eq(members.organizationId, tenantId), eq(members.userId, userId)))
    .limit(1);
  return row ? { memberId: row.id, roles: parseRoles(row.role) } : undefined;
}

/** Why a staff member may not act yet, if their roles need a second factor this session lacks. */
export function secondFactorGap(person: StaffPerson, roles: readonly StaffRole[]) {
  if (!needsSecondFactor(roles) || person.secondFactorVerified) return undefined;
  return person.twoFactorEnabled
    ? staffProblems.secondFactorRequired
    : staffProblems.secondFactorEnrolmentRequired;
}

/**
 * For `/v1/admin/tenants/{tenant}/…`: the person must be staff of that commune (else 404, as if
 * the commune did not exist: staff of another commune learn nothing), hold a role granting
 * `permission` (else 403), and have passed the second factor their roles require (else 403).
 */
export function requireStaff(
  options: StaffAuthOptions & { db: Database; tenants: TenantDirectory },
  permission?: StaffPermission,
) {
  return createMiddleware<StaffEnv>(async (c, next) => {
    const person = c.var.staff;
    const slug = c.req.param('tenant') ?? '';
    const tenant = await options.tenants.resolve(slug);
    const membership = tenant ? await findMembership(options.db, tenant.id, person.userId) : undefined;
    if (!tenant || !membership) {
      throw new ProblemError(tenantProblems.notFound, `No commune “${slug}” among yours`);
    }
    const gap = secondFactorGap(person, membership.roles);
    if (gap) throw new ProblemError(gap);
    if (permission && !hasPermission(membership.roles, permission))
      throw new ProblemError(staffProblems.forbidden);
    c.set('member', { ...person, tenant, ...membership });
    await next();
  });
}
