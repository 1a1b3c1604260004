import type { Transaction } from '@communa/db';
import { formDrafts } from '@communa/db';
import { and, eq } from 'drizzle-orm';

const draftColumns = {
  formKey: formDrafts.formKey,
  version: formDrafts.version,
  answers: formDrafts.answers,
  page: formDrafts.page,
  updatedAt: formDrafts.updatedAt,
};

type Owner = { tenantId: string; userId: string; formKey: string };

const ownedBy = ({ tenantId, userId, formKey }: Owner) =>
  and(eq(formDrafts.tenantId, tenantId), eq(formDrafts.userId, userId), eq(formDrafts.formKey, formKey));

export async function findDraft(tx: Transaction, owner: Owner) {
  const [draft] = await tx.select(draftColumns).from(formDrafts).where(ownedBy(owner)).limit(1);
  return draft;
}

/** One draft per citizen and form: saving again replaces it. */
export async function saveDraft(
  tx: Transaction,
  owner: Owner,
  draft: { version: number; answers: Record<string, unknown>; page: number },
) {
  const [saved] = await tx
    .insert(formDrafts)
    .values({ ...owner, ...draft })
    .onConflictDoUpdate({
      target: [formDrafts.tenantId, formDrafts.userId, formDrafts.formKey],
      set: { ...draft, updatedAt: new Date() },
    })
    .returning(draftColumns);
  if (!saved) throw new Error('the draft was not saved');
  return saved;
}

export async function deleteDraft(tx: Transaction, owner: Owner): Promise<void> {
  await tx.delete(formDrafts).where(ownedBy(owner));
}

export const presentDraft = (draft: NonNullable<Awaited<ReturnType<typeof findDraft>>>) => ({
  ...draft,
  updatedAt: draft.updatedAt.toISOString(),
});
