import type { Database } from '@communa/db';
import type { Auth } from '../auth/create-auth.ts';
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
 * plus one person who works for two communes. Idempotent: existing accounts are left as they are.
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
      await ensureStaffAccount(auth, db, {
        tenantId,
        email: demoStaffEmail(role, slug),
        name: `Demo ${role} (${slug})`,
        roles: [role],
        password: DEMO_STAFF_PASSWORD,
      });
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
