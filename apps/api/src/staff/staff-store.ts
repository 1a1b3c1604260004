import type { Database, Transaction } from '@communa/db';
import { accounts, invitations, members, organizations, tenants, users } from '@communa/db';
import { and, asc, eq, sql } from 'drizzle-orm';
import { ProblemError } from '../problems/problem.ts';
import { staffProblems } from './errors.ts';
import type { StaffRole } from './staff-roles.ts';
import { leavesNoAdmin, parseRoles } from './staff-roles.ts';

// Staff tables (members, invitations) are better-auth's and global like users: every query here
// names the commune explicitly.

/** Every commune a person is staff of, with their roles there. */
export async function communesOf(db: Database, userId: string) {
  const rows = await db
    .select({ slug: organizations.slug, role: members.role, source: tenants.source })
    .from(members)
    .innerJoin(organizations, eq(organizations.id, members.organizationId))
    .innerJoin(tenants, eq(tenants.id, organizations.id))
    .where(and(eq(members.userId, userId), eq(tenants.active, true)))
    .orderBy(asc(organizations.slug));
  return rows.map((row) => ({ slug: row.slug, source: row.source, roles: parseRoles(row.role) }));
}

export async function hasPassword(db: Database, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.userId, userId), eq(accounts.providerId, 'credential')))
    .limit(1);
  return Boolean(row);
}

const memberColumns = {
  id: members.id,
  userId: members.userId,
  email: users.email,
  name: users.name,
  role: members.role,
  createdAt: members.createdAt,
};

type MemberRow = { id: string; userId: string; email: string; name: string; role: string; createdAt: Date };

export function toMemberView(row: MemberRow) {
  return {
    id: row.id,
    userId: row.userId,
    email: row.email,
    name: row.name,
    roles: parseRoles(row.role),
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listMembers(db: Database | Transaction, tenantId: string) {
  const rows = await db
    .select(memberColumns)
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(members.organizationId, tenantId))
    .orderBy(asc(users.email));
  return rows.map(toMemberView);
}

/**
 * The member whose roles change to `roles` (none: removed), with every member row of the commune
 * locked for the rest of the transaction, so that two admins demoting each other cannot both pass
 * the last-admin check. Throws member_not_found or last_admin.
 */
export async function lockMemberForChange(
  tx: Transaction,
  tenantId: string,
  memberId: string,
  roles: readonly StaffRole[],
): Promise<MemberRow> {
  const all = await tx
    .select(memberColumns)
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(members.organizationId, tenantId))
    .for('update', { of: members });
  const target = all.find((m) => m.id === memberId);
  if (!target) throw new ProblemError(staffProblems.memberNotFound);
  if (leavesNoAdmin(all, memberId, roles)) throw new ProblemError(staffProblems.lastAdmin);
  return target;
}

export async function listPendingInvitations(db: Database, tenantId: string) {
  const rows = await db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, tenantId),
        eq(invitations.status, 'pending'),
        sql`${invitations.expiresAt} > now()`,
      ),
    )
    .orderBy(asc(invitations.email));
  return rows.map(toInvitationView);
}

export async function findInvitation(db: Database, invitationId: string) {
  const [row] = await db
    .select({ invitation: invitations, slug: organizations.slug })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(eq(invitations.id, invitationId))
    .limit(1);
  return row ? { ...row.invitation, slug: row.slug } : undefined;
}

export function toInvitationView(row: typeof invitations.$inferSelect) {
  return {
    id: row.id,
    email: row.email,
    roles: parseRoles(row.role),
    status: row.status,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}

/** Is this address already staff of, or invited to, the commune? */
export async function existingStaffFor(db: Database, tenantId: string, email: string) {
  const lower = email.toLowerCase();
  const [member] = await db
    .select({ id: members.id })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.organizationId, tenantId), eq(sql`lower(${users.email})`, lower)))
    .limit(1);
  if (member) return 'member' as const;
  const [invited] = await db
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, tenantId),
        eq(sql`lower(${invitations.email})`, lower),
        eq(invitations.status, 'pending'),
        sql`${invitations.expiresAt} > now()`,
      ),
    )
    .limit(1);
  return invited ? ('invited' as const) : undefined;
}

/**
 * A commune whose brand goes on a back-office sign-in code: one the address is staff of or invited
 * to. None: the address gets no code (the back-office mails only its own people).
 */
export async function staffCommuneOf(db: Database, email: string): Promise<string | undefined> {
  const lower = email.toLowerCase();
  const [member] = await db
    .select({ slug: organizations.slug })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .innerJoin(organizations, eq(organizations.id, members.organizationId))
    .where(eq(sql`lower(${users.email})`, lower))
    .limit(1);
  if (member) return member.slug;
  const [invited] = await db
    .select({ slug: organizations.slug })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(
      and(
        eq(sql`lower(${invitations.email})`, lower),
        eq(invitations.status, 'pending'),
        sql`${invitations.expiresAt} > now()`,
      ),
    )
    .limit(1);
  return invited?.slug;
}
