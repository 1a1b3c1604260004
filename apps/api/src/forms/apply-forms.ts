import type { Transaction } from '@communa/db';
import { formDefinitions, forms } from '@communa/db';
import type { FormParts, LoadedForm } from '@communa/tenant-config';
import { and, desc, eq, notInArray } from 'drizzle-orm';

/**
 * Brings a commune's forms in line with its forms/*.yaml, inside the caller's transaction (bound to
 * the commune). A form whose content changed gets a new version (the old ones stay, as drafts and
 * submissions point at them); an unchanged one writes nothing; a form no longer configured is
 * deactivated, never deleted.
 */
export async function syncForms(
  tx: Transaction,
  tenantId: string,
  loaded: readonly LoadedForm[],
): Promise<void> {
  for (const form of loaded) await writeFormVersion(tx, tenantId, form);
  const keys = loaded.map((form) => form.key);
  // Filtered by tenant explicitly too: the owner role running this may bypass RLS.
  await tx
    .update(forms)
    .set({ active: false, updatedAt: new Date() })
    .where(
      and(
        eq(forms.tenantId, tenantId),
        eq(forms.active, true),
        keys.length > 0 ? notInArray(forms.key, keys) : undefined,
      ),
    );
}

/** Whether a commune has ever had forms written: an `admin` commune imports its forms only once. */
export async function hasForms(tx: Transaction, tenantId: string): Promise<boolean> {
  const [row] = await tx.select({ id: forms.id }).from(forms).where(eq(forms.tenantId, tenantId)).limit(1);
  return row !== undefined;
}

/**
 * Writes one form as `tenants:apply` and the back-office's editor both do: a new version when its
 * hash changed (or the form is new), nothing when unchanged (beyond reactivating it).
 */
export async function writeFormVersion(
  tx: Transaction,
  tenantId: string,
  form: FormParts & { key: string; hash: string },
): Promise<{ version: number; changed: boolean }> {
  const [existing] = await tx
    .select({ id: forms.id, active: forms.active })
    .from(forms)
    .where(and(eq(forms.tenantId, tenantId), eq(forms.key, form.key)))
    .limit(1)
    // Two saves of one form at once number their versions one after the other.
    .for('update');
  const [latest] = await tx
    .select({ version: formDefinitions.version, contentHash: formDefinitions.contentHash })
    .from(formDefinitions)
    .where(and(eq(formDefinitions.tenantId, tenantId), eq(formDefinitions.formKey, form.key)))
    .orderBy(desc(formDefinitions.version))
    .limit(1);
  if (existing && latest?.contentHash === form.hash) {
    if (!existing.active)
      await tx
        .update(forms)
        .set({ active: true, updatedAt: new Date() })
        .where(and(eq(forms.tenantId, tenantId), eq(forms.id, existing.id)));
    return { version: latest.version, changed: false };
  }
  const version = (latest?.version ?? 0) + 1;
  if (existing) {
    await tx
      .update(forms)
      .set({ currentVersion: version, active: true, updatedAt: new Date() })
      .where(and(eq(forms.tenantId, tenantId), eq(forms.id, existing.id)));
  } else {
    await tx.insert(forms).values({ tenantId, key: form.key, currentVersion: version });
  }
  await tx.insert(formDefinitions).values({
    tenantId,
    formKey: form.key,
    version,
    definition: { ...form.definition, version },
    workflow: form.workflow,
    access: form.access,
    contentHash: form.hash,
  });
  return { version, changed: true };
}
