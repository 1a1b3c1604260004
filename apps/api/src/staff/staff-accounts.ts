import type { Database } from '@communa/db';
import { members } from '@communa/db';
import { and, eq } from 'drizzle-orm';
import type { Auth } from '../auth/create-auth.ts';
import type { StaffRole } from './staff-roles.ts';
import { normalizeRoles, parseRoles } from './staff-roles.ts';

export interface StaffAccountInput {
  tenantId: string;
  email: string;
  name: string;
  roles: readonly StaffRole[];
  /** Unset: the person signs in with e-mailed codes. */
  password?: string | undefined;
}

/**
 * Makes sure a person exists and is staff of a commune with at least `roles` (roles they already
 * hold are kept). For the `admin:create` command and the demo data; staff otherwise join by
 * invitation. Returns whether the account was created.
 */
export async function ensureStaffAccount(
  auth: Auth,
  db: Database,
  input: StaffAccountInput,
): Promise<{ userId: string; created: boolean }> {
  const context = await auth.$context;
  const email = input.email.toLowerCase();
  const found = await context.internalAdapter.findUserByEmail(email, { includeAccounts: true });
  let userId = found?.user.id;
  const created = !found;
  if (!userId) {
    const user = await context.internalAdapter.createUser(
      { email, name: input.name, emailVerified: true },
      { method: 'admin' },
    );
    userId = user.id;
  }
  if (input.password && !found?.accounts.some((a) => a.providerId === 'credential')) {
    await context.internalAdapter.linkAccount({
      userId,
      providerId: 'credential',
      accountId: userId,
      password: await context.password.hash(input.password),
    });
  }
  const [existing] = await db
    .select({ role: members.role })
    .from(members)
    .where(and(eq(members.organizationId, input.tenantId), eq(members.userId, userId)));
  const role = normalizeRoles([...parseRoles(existing?.role), ...input.roles]).join(',');
  await db
    .insert(members)
    .values({ organizationId: input.tenantId, userId, role })
    .onConflictDoUpdate({ target: [members.organizationId, members.userId], set: { role } });
  return { userId, created };
}
