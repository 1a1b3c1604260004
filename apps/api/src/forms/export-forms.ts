import type { Database } from '@communa/db';
import { formDefinitions, forms, tenants, withTenant } from '@communa/db';
import type { Language } from '@communa/tenant-config';
import { FORMS_DIR, toFormYaml } from '@communa/tenant-config';
import { and, asc, eq } from 'drizzle-orm';
import { readVersion } from './form-store.ts';

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
  const versions = await withTenant(db, row.id, async (tx) => {
    const rows = await tx
      .select({
        key: forms.key,
        version: formDefinitions.version,
        access: formDefinitions.access,
        definition: formDefinitions.definition,
        workflow: formDefinitions.workflow,
      })
      .from(forms)
      .innerJoin(
        formDefinitions,
        and(
          eq(formDefinitions.tenantId, forms.tenantId),
          eq(formDefinitions.formKey, forms.key),
          eq(formDefinitions.version, forms.currentVersion),
        ),
      )
      // Filtered by tenant explicitly too: the owner role running this may bypass RLS.
      .where(and(eq(forms.tenantId, row.id), eq(forms.active, true)))
      .orderBy(asc(forms.key));
    return rows.map(readVersion);
  });
  return versions.map(({ key, access, definition: { version: _numbered, ...definition }, workflow }) => ({
    file: `${FORMS_DIR}/${key}.yaml`,
    text: toFormYaml({ access, definition, workflow }, defaultLanguage),
  }));
}
