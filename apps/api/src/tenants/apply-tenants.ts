import type { Database, Transaction } from '@communa/db';
import { bindTenant, organizations, tenantServices, tenants } from '@communa/db';
import type { LoadedTenant } from '@communa/tenant-config';
import { and, eq, notInArray, sql } from 'drizzle-orm';
import { hasEventTypes, syncEvents } from '../events/apply-events.ts';
import { hasForms, syncForms } from '../forms/apply-forms.ts';
import { hasStages, syncStages } from '../stages/apply-stages.ts';
import { TENANT_CHANGED_CHANNEL } from './tenant-directory.ts';

export type ApplyAction = 'created' | 'updated' | 'unchanged' | 'kept-admin' | 'deactivated';

export interface ApplyReport {
  slug: string;
  action: ApplyAction;
}

/**
 * Brings the registry in line with the configuration files. A `code` commune follows its YAML on
 * every apply; an `admin` commune is imported once and then left to its back-office. Nothing is
 * ever deleted: a service removed from the YAML is disabled, a commune whose folder is gone is
 * deactivated (only when told which folders exist), so citizens' data stays intact.
 * Must run on the owner connection: the registry is read-only for the application role.
 */
export async function applyTenants(
  db: Database,
  loaded: readonly LoadedTenant[],
  /** Slugs of every commune folder present (valid or not); omit when applying a subset. */
  options: { presentSlugs?: readonly string[] } = {},
): Promise<ApplyReport[]> {
  const reports: ApplyReport[] = [];
  for (const tenant of loaded) {
    reports.push({ slug: tenant.slug, action: await applyOne(db, tenant) });
  }
  const slugs = options.presentSlugs;
  if (slugs) {
    const gone = await db
      .update(tenants)
      .set({ active: false, updatedAt: new Date() })
      .where(
        and(
          eq(tenants.source, 'code'),
          eq(tenants.active, true),
          slugs.length > 0 ? notInArray(tenants.slug, [...slugs]) : undefined,
        ),
      )
      .returning({ slug: tenants.slug });
    for (const { slug } of gone) {
      await notifyChange(db, slug);
      reports.push({ slug, action: 'deactivated' });
    }
  }
  return reports;
}

/**
 * One commune in one transaction: its registry row, services, stages, forms and event types change together or
 * not at all. An `admin` commune's stages.yaml, forms and event-types.yaml are each imported once, when it has never
 * had any.
 */
function applyOne(db: Database, loaded: LoadedTenant): Promise<ApplyAction> {
  const { services, ...stored } = loaded.config;
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: tenants.id, source: tenants.source, hash: tenants.configHash, active: tenants.active })
      .from(tenants)
      .where(eq(tenants.slug, loaded.slug))
      .limit(1)
      .for('update');

    if (existing?.source === 'admin') {
      await syncOrganization(tx, existing.id, loaded.config);
      await bindTenant(tx, existing.id);
      let imported = false;
      if (loaded.stages !== undefined && !(await hasStages(tx, existing.id))) {
        await syncStages(tx, existing.id, loaded.stages, loaded.config.timeZone);
        imported = true;
      }
      if (loaded.forms.length > 0 && !(await hasForms(tx, existing.id))) {
        await syncForms(tx, existing.id, loaded.forms);
        imported = true;
      }
      if (loaded.eventTypes !== undefined && !(await hasEventTypes(tx, existing.id))) {
        await syncEvents(tx, existing.id, loaded.eventTypes);
        imported = true;
      }
      if (imported) await notifyChange(tx, loaded.slug);
      return 'kept-admin';
    }
    if (existing && existing.hash === loaded.hash && existing.active === loaded.config.active) {
      await syncOrganization(tx, existing.id, loaded.config);
      return 'unchanged';
    }

    const values = {
      slug: loaded.slug,
      source: loaded.config.source,
      active: loaded.config.active,
      config: stored,
      configHash: loaded.hash,
      updatedAt: new Date(),
    };
    const [written] = existing
      ? await tx.update(tenants).set(values).where(eq(tenants.id, existing.id)).returning({ id: tenants.id })
      : await tx.insert(tenants).values(values).returning({ id: tenants.id });
    if (!written) throw new Error(`could not write commune ${loaded.slug}`);

    await syncOrganization(tx, written.id, loaded.config);
    await bindTenant(tx, written.id);
    await syncServices(tx, written.id, services);
    if (loaded.config.source === 'code' || !(await hasStages(tx, written.id))) {
      await syncStages(tx, written.id, loaded.stages, loaded.config.timeZone);
    }
    if (loaded.config.source === 'code' || !(await hasForms(tx, written.id))) {
      await syncForms(tx, written.id, loaded.forms);
    }
    if (loaded.config.source === 'code' || !(await hasEventTypes(tx, written.id))) {
      await syncEvents(tx, written.id, loaded.eventTypes);
    }
    await notifyChange(tx, loaded.slug);
    return existing ? 'updated' : 'created';
  });
}

/**
 * The commune's better-auth organization, under the commune's own id, so staff memberships point at
 * the commune itself. Writes only when its name or slug changed.
 */
async function syncOrganization(
  tx: Transaction,
  tenantId: string,
  config: LoadedTenant['config'],
): Promise<void> {
  const name = config.names[config.languages.default] ?? config.slug;
  await tx
    .insert(organizations)
    .values({ id: tenantId, name, slug: config.slug })
    .onConflictDoUpdate({
      target: organizations.id,
      set: { name, slug: config.slug },
      setWhere: sql`${organizations.name} is distinct from excluded.name or ${organizations.slug} is distinct from excluded.slug`,
    });
}

async function syncServices(
  tx: Transaction,
  tenantId: string,
  services: LoadedTenant['config']['services'],
): Promise<void> {
  for (const [position, service] of services.entries()) {
    const row = {
      tenantId,
      key: service.key,
      kind: service.kind,
      enabled: service.enabled,
      position,
      title: service.title,
      description: service.description,
      pageUrl: service.pageUrl,
      updatedAt: new Date(),
    };
    await tx
      .insert(tenantServices)
      .values(row)
      .onConflictDoUpdate({ target: [tenantServices.tenantId, tenantServices.key], set: row });
  }
  const keys = services.map((s) => s.key);
  await tx
    .update(tenantServices)
    .set({ enabled: false, updatedAt: new Date() })
    // Filtered by tenant explicitly too: the owner role running this may bypass RLS.
    .where(
      and(
        eq(tenantServices.tenantId, tenantId),
        keys.length > 0 ? notInArray(tenantServices.key, keys) : undefined,
      ),
    );
}

/** Delivered on commit, so API processes drop their cached copy only once the change is visible. */
export async function notifyChange(db: Database | Transaction, slug: string): Promise<void> {
  await db.execute(sql`select pg_notify(${TENANT_CHANGED_CHANNEL}, ${slug})`);
}
