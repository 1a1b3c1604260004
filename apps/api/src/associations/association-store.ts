import type { AssociationRole, Transaction } from '@communa/db';
import { associationInvitations, associationMembers, associations, users } from '@communa/db';
import { formatCompanyNumber } from '@communa/forms';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { isOpen, visibleStatus } from '../households/co-parent-rules.ts';
import { ProblemError } from '../problems/problem.ts';
import type { AssociationView } from './association-schemas.ts';
import { associationProblems } from './errors.ts';

type AssociationRow = typeof associations.$inferSelect;

/** The associations a person belongs to in one commune, by name. */
export async function listMyAssociations(tx: Transaction, tenantId: string, userId: string) {
  const rows = await tx
    .select({
      id: associations.id,
      name: associations.name,
      companyNumber: associations.companyNumber,
      myRole: associationMembers.role,
    })
    .from(associationMembers)
    .innerJoin(
      associations,
      and(
        eq(associations.tenantId, associationMembers.tenantId),
        eq(associations.id, associationMembers.associationId),
      ),
    )
    .where(and(eq(associationMembers.tenantId, tenantId), eq(associationMembers.userId, userId)))
    .orderBy(asc(associations.name), asc(associations.id));
  return rows.map((row) => ({
    ...row,
    companyNumber: row.companyNumber === null ? null : formatCompanyNumber(row.companyNumber),
  }));
}

/**
 * The association, locked so membership changes are made one at a time, with the caller's role;
 * 404 when it is not one of theirs (whether it exists elsewhere is not said).
 */
export async function lockMyAssociation(
  tx: Transaction,
  tenantId: string,
  associationId: string,
  userId: string,
): Promise<{ row: AssociationRow; role: AssociationRole }> {
  const [row] = await tx
    .select()
    .from(associations)
    .where(and(eq(associations.tenantId, tenantId), eq(associations.id, associationId)))
    .for('update');
  const [membership] = row
    ? await tx
        .select({ role: associationMembers.role })
        .from(associationMembers)
        .where(
          and(
            eq(associationMembers.tenantId, tenantId),
            eq(associationMembers.associationId, associationId),
            eq(associationMembers.userId, userId),
          ),
        )
    : [];
  if (!row || !membership) throw new ProblemError(associationProblems.notFound);
  return { row, role: membership.role };
}

export async function listMembers(tx: Transaction, tenantId: string, associationId: string) {
  return tx
    .select({
      userId: associationMembers.userId,
      name: users.name,
      email: users.email,
      role: associationMembers.role,
    })
    .from(associationMembers)
    .innerJoin(users, eq(users.id, associationMembers.userId))
    .where(
      and(eq(associationMembers.tenantId, tenantId), eq(associationMembers.associationId, associationId)),
    )
    .orderBy(asc(associationMembers.createdAt), asc(users.email));
}

/** The association as its members read it; the invitations sent only for owners. */
export async function presentAssociation(
  tx: Transaction,
  row: AssociationRow,
  myRole: AssociationRole,
  now: Date,
): Promise<AssociationView> {
  const members = await listMembers(tx, row.tenantId, row.id);
  const invitations =
    myRole === 'owner'
      ? await tx
          .select()
          .from(associationInvitations)
          .where(
            and(
              eq(associationInvitations.tenantId, row.tenantId),
              eq(associationInvitations.associationId, row.id),
            ),
          )
          .orderBy(desc(associationInvitations.createdAt))
      : [];
  return {
    id: row.id,
    name: row.name,
    companyNumber: row.companyNumber === null ? null : formatCompanyNumber(row.companyNumber),
    myRole,
    address: {
      street: row.street,
      number: row.number,
      box: row.box,
      postalCode: row.postalCode,
      city: row.city,
      country: row.country,
    },
    contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
    members,
    invitations: invitations.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      status: visibleStatus(invitation.status, invitation.expiresAt, now),
      expiresAt: invitation.expiresAt.toISOString(),
      createdAt: invitation.createdAt.toISOString(),
    })),
  };
}

export async function addMember(
  tx: Transaction,
  tenantId: string,
  associationId: string,
  userId: string,
  role: AssociationRole,
): Promise<void> {
  await tx.insert(associationMembers).values({ tenantId, associationId, userId, role }).onConflictDoNothing();
}

/** An invitation by its mailed token, locked for the answer. */
export async function lockInvitationByToken(tx: Transaction, tenantId: string, tokenHash: string) {
  const [row] = await tx
    .select()
    .from(associationInvitations)
    .where(
      and(eq(associationInvitations.tenantId, tenantId), eq(associationInvitations.tokenHash, tokenHash)),
    )
    .for('update');
  return row;
}

export async function closeInvitation(
  tx: Transaction,
  tenantId: string,
  invitationId: string,
  status: 'accepted' | 'declined' | 'cancelled',
): Promise<void> {
  await tx
    .update(associationInvitations)
    .set({ status, respondedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(associationInvitations.tenantId, tenantId), eq(associationInvitations.id, invitationId)));
}

/**
 * The pending invitation a mailed token names, for the address the person is signed in with:
 * 404 when the token is unknown or addressed to someone else, 409 once answered or expired.
 */
export async function openInvitationFor(tx: Transaction, tenantId: string, tokenHash: string, email: string) {
  const invitation = await lockInvitationByToken(tx, tenantId, tokenHash);
  if (!invitation || invitation.email !== email.toLowerCase())
    throw new ProblemError(associationProblems.invitationNotFound);
  if (!isOpen(invitation.status, invitation.expiresAt, new Date()))
    throw new ProblemError(associationProblems.invitationClosed);
  return invitation;
}
