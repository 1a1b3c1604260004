import type { Transaction } from '@communa/db';
import { formUploads } from '@communa/db';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { ProblemError } from '../problems/problem.ts';
import { formProblems } from './errors.ts';
import type { FileAnswer } from './file-fields.ts';

type NewUpload = typeof formUploads.$inferInsert;

export async function insertUpload(tx: Transaction, upload: NewUpload) {
  const [row] = await tx.insert(formUploads).values(upload).returning({
    id: formUploads.id,
    name: formUploads.name,
    type: formUploads.type,
    size: formUploads.size,
  });
  if (!row) throw new Error('an insert returned no row');
  return row;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Locks the uploads the file answers name and checks each is the sender's own (null for an
 * anonymous sender), for this form and field, and not used yet: otherwise 422 and nothing is
 * written (the caller's transaction rolls back).
 */
export async function claimUploads(
  tx: Transaction,
  scope: { tenantId: string; formKey: string; userId: string | null },
  files: FileAnswer[],
): Promise<string[]> {
  const ids = files.flatMap((file) => (file.id !== undefined && UUID.test(file.id) ? [file.id] : []));
  const rows =
    ids.length === 0
      ? []
      : await tx
          .select({ id: formUploads.id, fieldKey: formUploads.fieldKey })
          .from(formUploads)
          .where(
            and(
              eq(formUploads.tenantId, scope.tenantId),
              eq(formUploads.formKey, scope.formKey),
              inArray(formUploads.id, ids),
              isNull(formUploads.submissionId),
              scope.userId === null ? isNull(formUploads.userId) : eq(formUploads.userId, scope.userId),
            ),
          )
          .for('update');
  const usable = new Map(rows.map((row) => [row.id.toLowerCase(), row.fieldKey]));
  const seen = new Set<string>();
  const errors = files.flatMap((file) => {
    const id = file.id?.toLowerCase();
    const ok = id !== undefined && usable.get(id) === file.fieldKey && !seen.has(id);
    if (id !== undefined) seen.add(id);
    return ok
      ? []
      : [
          {
            path: [...file.path, 'id'].join('.'),
            code: 'upload_not_usable',
            message: 'must be the id of a file you uploaded for this field and not used yet',
          },
        ];
  });
  if (errors.length > 0) throw new ProblemError(formProblems.uploadNotUsable, undefined, errors);
  return [...seen];
}

/** Ties claimed uploads to the submission that uses them, in its transaction. */
export async function linkUploads(
  tx: Transaction,
  tenantId: string,
  ids: string[],
  submissionId: string,
): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(formUploads)
    .set({ submissionId })
    .where(and(eq(formUploads.tenantId, tenantId), inArray(formUploads.id, ids)));
}
