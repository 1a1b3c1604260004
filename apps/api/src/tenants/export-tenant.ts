import type { Database } from '@communa/db';
import { tenantServices, tenants, withTenant } from '@communa/db';
import type { TenantConfig } from '@communa/tenant-config';
import { tenantConfigSchema } from '@communa/tenant-config';
import { asc, eq } from 'drizzle-orm';

/**
 * A commune's configuration as the database holds it now (for `admin` communes, what the
 * back-office made of it), in the shape of tenant.yaml. Undefined when there is no such commune.
 */
export async function readTenantConfig(db: Database, slug: string): Promise<TenantConfig | undefined> {
  const [row] = await db.select().from(tenants).where(eq(tenants.slug, slug)).limit(1);
  if (!row) return undefined;
  const services = await withTenant(db, row.id, (tx) =>
    // Filtered by tenant explicitly too: the owner role running this may bypass RLS.
    tx
      .select()
      .from(tenantServices)
      .where(eq(tenantServices.tenantId, row.id))
      .orderBy(asc(tenantServices.position)),
  );
  return tenantConfigSchema.parse({
    ...(row.config as object),
    active: row.active,
    services: services.map((s) => ({
      key: s.key,
      kind: s.kind,
      enabled: s.enabled,
      title: s.title,
      description: s.description,
      pageUrl: s.pageUrl,
    })),
  });
}
