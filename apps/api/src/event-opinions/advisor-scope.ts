import type { Transaction } from '@communa/db';
import { eventServiceMembers } from '@communa/db';
import { and, eq } from 'drizzle-orm';
import type { StaffMember } from '../staff/require-staff.ts';
import type { StaffRole } from '../staff/staff-roles.ts';

/** Roles that read every request of the commune; a service advisor reads only their services'. */
const WHOLE_COMMUNE: readonly StaffRole[] = ['admin', 'event-reviewer', 'event-decider'];

/** What of the commune's requests a staff member reads: all, or those asked of these services. */
export type RequestScope = { kind: 'all' } | { kind: 'services'; services: string[] };

/** The advisory services a member belongs to, in key order. */
export async function servicesOfMember(tx: Transaction, tenantId: string, memberId: string) {
  const rows = await tx
    .select({ key: eventServiceMembers.serviceKey })
    .from(eventServiceMembers)
    .where(and(eq(eventServiceMembers.tenantId, tenantId), eq(eventServiceMembers.memberId, memberId)))
    .orderBy(eventServiceMembers.serviceKey);
  return rows.map((row) => row.key);
}

export async function requestScopeOf(
  tx: Transaction,
  member: Pick<StaffMember, 'roles' | 'memberId' | 'tenant'>,
): Promise<RequestScope> {
  if (member.roles.some((role) => WHOLE_COMMUNE.includes(role))) return { kind: 'all' };
  return { kind: 'services', services: await servicesOfMember(tx, member.tenant.id, member.memberId) };
}
