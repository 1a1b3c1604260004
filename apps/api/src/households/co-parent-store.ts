import type { Transaction } from '@communa/db';
import { childHouseholds, children, coParentInvitations, users } from '@communa/db';
import { and, count, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { visibleStatus } from './co-parent-rules.ts';
import type { CoParentInvitationView } from './co-parent-schemas.ts';

type InvitationRow = typeof coParentInvitations.$inferSelect;

/** Invitations sent by a household, and the pending ones addressed to an address. */
export async function listCoParentInvitations(
  tx: Transaction,
  tenantId: string,
  householdId: string | undefined,
  email: string,
): Promise<InvitationRow[]> {
  return tx
    .select()
    .from(coParentInvitations)
    .where(
      and(
        eq(coParentInvitations.tenantId, tenantId),
        or(
          householdId ? eq(coParentInvitations.householdId, householdId) : undefined,
          and(eq(coParentInvitations.email, email.toLowerCase()), eq(coParentInvitations.status, 'pending')),
        ),
      ),
    )
    .orderBy(desc(coParentInvitations.createdAt));
}

export async function findCoParentInvitation(tx: Transaction, tenantId: string, invitationId: string) {
  const [row] = await tx
    .select()
    .from(coParentInvitations)
    .where(and(eq(coParentInvitations.tenantId, tenantId), eq(coParentInvitations.id, invitationId)))
    .for('update');
  return row;
}

export async function countPendingFrom(
  tx: Transaction,
  tenantId: string,
  householdId: string,
): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(coParentInvitations)
    .where(
      and(
        eq(coParentInvitations.tenantId, tenantId),
        eq(coParentInvitations.householdId, householdId),
        eq(coParentInvitations.status, 'pending'),
        sql`${coParentInvitations.expiresAt} > now()`,
      ),
    );
  return row?.n ?? 0;
}

/** The invitations with who sent them and the children they share, as the API shows them. */
export async function toInvitationViews(
  tx: Transaction,
  tenantId: string,
  rows: readonly InvitationRow[],
  now: Date,
): Promise<CoParentInvitationView[]> {
  if (rows.length === 0) return [];
  const childIds = [...new Set(rows.flatMap((r) => r.childIds))];
  const senderIds = [...new Set(rows.map((r) => r.invitedBy))];
  const [kids, senders] = await Promise.all([
    tx
      .select({ id: children.id, firstName: children.firstName, lastName: children.lastName })
      .from(children)
      .where(and(eq(children.tenantId, tenantId), inArray(children.id, childIds))),
    tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(inArray(users.id, senderIds)),
  ]);
  return rows.map((row) => {
    const sender = senders.find((s) => s.id === row.invitedBy);
    return {
      id: row.id,
      email: row.email,
      status: visibleStatus(row.status, row.expiresAt, now),
      invitedBy: { name: sender?.name ?? '', email: sender?.email ?? '' },
      children: row.childIds.flatMap((id) => kids.filter((k) => k.id === id)),
      expiresAt: row.expiresAt.toISOString(),
      createdAt: row.createdAt.toISOString(),
    };
  });
}

/** Links the shared children to the other parent's household too (the records stay one). */
export async function linkChildren(
  tx: Transaction,
  tenantId: string,
  householdId: string,
  childIds: readonly string[],
): Promise<void> {
  if (childIds.length === 0) return;
  await tx
    .insert(childHouseholds)
    .values(childIds.map((childId) => ({ tenantId, childId, householdId })))
    .onConflictDoNothing();
}

/** Of these ids, the children still linked to the household. */
export async function childrenOfHousehold(
  tx: Transaction,
  tenantId: string,
  householdId: string,
  childIds: readonly string[],
): Promise<string[]> {
  const rows = await tx
    .select({ id: childHouseholds.childId })
    .from(childHouseholds)
    .where(
      and(
        eq(childHouseholds.tenantId, tenantId),
        eq(childHouseholds.householdId, householdId),
        inArray(childHouseholds.childId, [...childIds]),
      ),
    );
  return rows.map((r) => r.id);
}

export async function respondToInvitation(
  tx: Transaction,
  tenantId: string,
  invitationId: string,
  status: 'accepted' | 'declined' | 'cancelled',
): Promise<void> {
  await tx
    .update(coParentInvitations)
    .set({ status, respondedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(coParentInvitations.tenantId, tenantId), eq(coParentInvitations.id, invitationId)));
}
