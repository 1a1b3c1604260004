import type { Database } from '@communa/db';
import { tenants, withTenant } from '@communa/db';
import type { Language } from '@communa/tenant-config';
import { FORMS_DIR, toFormYaml } from '@communa/tenant-config';
import { eq } from 'drizzle-orm';
import { everyActiveForm } from './form-store.ts';

/**
 * An `admin` commune's forms as tenants/<slug>/forms/<key>.yaml: each active form at its current
 * version (what the back-office's editor saved), in key order.
 */
export async function exportFormFiles(
  db: Database,
  slug: string,
  defaultLanguage: Language,
): Promise<{ file: string; text: string }[]> {
  const [row] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, slug)).limit(1);
  if (!row) return [];
  const versions = await withTenant(db, row.id, (tx) => everyActiveForm(tx, row.id));
  return versions.map(({ key, access, definition: { version: _numbered, ...definition }, workflow }) => ({
    file: `${FORMS_DIR}/${key}.yaml`,
    text: toFormYaml({ access, definition, workflow }, defaultLanguage),
  }));
}
