import { type Database, eventServiceMembers, members, withTenant } from '@communa/db';
import { and, eq } from 'drizzle-orm';
import type { Auth } from '../auth/create-auth.ts';
import { servicesOfMember } from '../event-opinions/advisor-scope.ts';
import { activeServices } from '../event-opinions/event-opinion-store.ts';
import type { TenantDirectory } from '../tenants/tenant-directory.ts';
import { ensureStaffAccount } from './staff-accounts.ts';
import { STAFF_ROLES } from './staff-roles.ts';

/** Known to everyone: demo accounts exist only outside production. */
export const DEMO_STAFF_PASSWORD = 'communa-demo-password';

/** `stage-manager@liege.communa.test`: one account per role and demo commune. */
export function demoStaffEmail(role: string, slug: string): string {
  return `${role}@${slug}.communa.test`;
}

/** Staff of two communes with different roles, to show the commune switcher. */
export const DEMO_MULTI_COMMUNE_EMAIL = 'multi@communa.test';

/**
 * Demo staff for the given communes (outside production only): every role in every commune,
 * plus one person who works for two communes. The service advisor speaks for the commune's first
 * advisory service, so the demo shows the requests they are asked an opinion on. Idempotent:
 * existing accounts are left as they are, an advisor who already has services keeps them.
 */
export async function seedDemoStaff(
  auth: Auth,
  db: Database,
  tenants: TenantDirectory,
  slugs: readonly string[],
): Promise<void> {
  const ids = new Map<string, string>();
  for (const slug of slugs) {
    const tenant = await tenants.resolve(slug);
    if (tenant) ids.set(slug, tenant.id);
  }
  for (const [slug, tenantId] of ids) {
    for (const role of STAFF_ROLES) {
      const { userId } = await ensureStaffAccount(auth, db, {
        tenantId,
        email: demoStaffEmail(role, slug),
        name: `Demo ${role} (${slug})`,
        roles: [role],
        password: DEMO_STAFF_PASSWORD,
      });
      if (role === 'service-advisor') await linkToFirstService(db, tenantId, userId);
    }
  }
  const multi: [string, (typeof STAFF_ROLES)[number]][] = [
    ['liege', 'stage-manager'],
    ['herstal', 'form-agent'],
  ];
  for (const [slug, role] of multi) {
    const tenantId = ids.get(slug);
    if (!tenantId) continue;
    await ensureStaffAccount(auth, db, {
      tenantId,
      email: DEMO_MULTI_COMMUNE_EMAIL,
      name: 'Demo staff of two communes',
      roles: [role],
      password: DEMO_STAFF_PASSWORD,
    });
  }
}

/** Gives an advisor without any service the commune's first active one (none when it has none). */
async function linkToFirstService(db: Database, tenantId: string, userId: string): Promise<void> {
  await withTenant(db, tenantId, async (tx) => {
    const [member] = await tx
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.organizationId, tenantId), eq(members.userId, userId)));
    const [first] = await activeServices(tx, tenantId);
    if (!member || !first || (await servicesOfMember(tx, tenantId, member.id)).length > 0) return;
    await tx.insert(eventServiceMembers).values({ tenantId, serviceKey: first.key, memberId: member.id });
  });
}
