import type { Transaction } from '@communa/db';
import { childHouseholds, children, householdMembers, households, tenants } from '@communa/db';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { NormalisedAddress, Residency } from './household-rules.ts';
import type { ChildView, HouseholdView } from './household-schemas.ts';

// Every query names the tenant as well: row-level security already confines it, this keeps the
// intent readable and the composite keys usable.

const childColumns = {
  id: children.id,
  firstName: children.firstName,
  lastName: children.lastName,
  birthDate: children.birthDate,
  niss: children.niss,
};

/** What a household shows, to its members and to staff. */
export const householdColumns = {
  id: households.id,
  street: households.street,
  number: households.number,
  box: households.box,
  postalCode: households.postalCode,
  city: households.city,
  country: households.country,
  phone: households.phone,
  residency: households.residency,
  residencyStatus: households.residencyStatus,
};

export async function findHouseholdId(
  tx: Transaction,
  tenantId: string,
  userId: string,
): Promise<string | undefined> {
  const [row] = await tx
    .select({ householdId: householdMembers.householdId })
    .from(householdMembers)
    .where(and(eq(householdMembers.tenantId, tenantId), eq(householdMembers.userId, userId)));
  return row?.householdId;
}

export async function readHousehold(
  tx: Transaction,
  tenantId: string,
  householdId: string,
): Promise<HouseholdView | undefined> {
  const [household] = await tx
    .select(householdColumns)
    .from(households)
    .where(and(eq(households.tenantId, tenantId), eq(households.id, householdId)));
  if (!household) return undefined;
  const linked = await tx
    .select(childColumns)
    .from(childHouseholds)
    .innerJoin(
      children,
      and(eq(children.tenantId, childHouseholds.tenantId), eq(children.id, childHouseholds.childId)),
    )
    .where(and(eq(childHouseholds.tenantId, tenantId), eq(childHouseholds.householdId, householdId)))
    .orderBy(asc(children.birthDate), asc(children.firstName));
  return { ...household, children: linked };
}

/** The commune's own postal codes, from its applied configuration. */
export async function communePostalCodes(tx: Transaction, tenantId: string): Promise<string[]> {
  const [row] = await tx
    .select({ codes: sql<unknown>`${tenants.config} -> 'postalCodes'` })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return Array.isArray(row?.codes) ? row.codes.map(String) : [];
}

/** Creates the person's household in this commune, or updates its address. Returns its id. */
export async function saveHousehold(
  tx: Transaction,
  tenantId: string,
  userId: string,
  address: NormalisedAddress & { residency: Residency },
): Promise<string> {
  const existing = await findHouseholdId(tx, tenantId, userId);
  if (existing) {
    await updateAddress(tx, tenantId, existing, address);
    return existing;
  }
  const [created] = await tx
    .insert(households)
    .values({ tenantId, ...address })
    .returning({ id: households.id });
  if (!created) throw new Error('the household insert returned nothing');
  const joined = await tx
    .insert(householdMembers)
    .values({ tenantId, householdId: created.id, userId })
    .onConflictDoNothing()
    .returning({ householdId: householdMembers.householdId });
  if (joined.length > 0) return created.id;
  // A concurrent first save (a double click) won: keep its household and drop ours.
  await tx.delete(households).where(and(eq(households.tenantId, tenantId), eq(households.id, created.id)));
  const winner = await findHouseholdId(tx, tenantId, userId);
  if (!winner) throw new Error('the household membership vanished');
  await updateAddress(tx, tenantId, winner, address);
  return winner;
}

async function updateAddress(
  tx: Transaction,
  tenantId: string,
  householdId: string,
  address: NormalisedAddress & { residency: Residency },
): Promise<void> {
  // A new address is a new declaration for staff to check; the same address (a phone change) keeps
  // what staff confirmed or corrected.
  const moved = sql`(${households.street}, ${households.number}, ${households.box}, ${households.postalCode}, ${households.city}, ${households.country})
    is distinct from (${address.street}, ${address.number}, ${address.box}, ${address.postalCode}, ${address.city}, ${address.country})`;
  await tx
    .update(households)
    .set({
      ...address,
      residency: sql`case when ${moved} then ${address.residency} else ${households.residency} end`,
      residencyStatus: sql`case when ${moved} then 'declared' else ${households.residencyStatus} end`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(households.tenantId, tenantId), eq(households.id, householdId)));
}

export async function addChild(
  tx: Transaction,
  tenantId: string,
  householdId: string,
  child: Omit<ChildView, 'id'>,
): Promise<ChildView> {
  const [created] = await tx
    .insert(children)
    .values({ tenantId, ...child })
    .returning(childColumns);
  if (!created) throw new Error('the child insert returned nothing');
  await tx.insert(childHouseholds).values({ tenantId, childId: created.id, householdId });
  return created;
}

/** A child of this household, or undefined for any other id (another household's or commune's). */
export async function findChildOfHousehold(
  tx: Transaction,
  tenantId: string,
  householdId: string,
  childId: string,
): Promise<ChildView | undefined> {
  const [child] = await tx
    .select(childColumns)
    .from(childHouseholds)
    .innerJoin(
      children,
      and(eq(children.tenantId, childHouseholds.tenantId), eq(children.id, childHouseholds.childId)),
    )
    .where(
      and(
        eq(childHouseholds.tenantId, tenantId),
        eq(childHouseholds.householdId, householdId),
        eq(childHouseholds.childId, childId),
      ),
    );
  return child;
}

export async function updateChild(tx: Transaction, tenantId: string, child: ChildView): Promise<void> {
  const { id, ...values } = child;
  await tx
    .update(children)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(children.tenantId, tenantId), eq(children.id, id)));
}

/** Unlinks a child from a household; the child's record goes once no household holds it. */
export async function unlinkChild(
  tx: Transaction,
  tenantId: string,
  householdId: string,
  childId: string,
): Promise<void> {
  await tx
    .delete(childHouseholds)
    .where(
      and(
        eq(childHouseholds.tenantId, tenantId),
        eq(childHouseholds.householdId, householdId),
        eq(childHouseholds.childId, childId),
      ),
    );
  const [left] = await tx
    .select({ n: count() })
    .from(childHouseholds)
    .where(and(eq(childHouseholds.tenantId, tenantId), eq(childHouseholds.childId, childId)));
  if ((left?.n ?? 0) === 0) {
    await tx.delete(children).where(and(eq(children.tenantId, tenantId), eq(children.id, childId)));
  }
}
