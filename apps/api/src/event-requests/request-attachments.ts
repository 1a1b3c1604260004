import type { EventAttachmentValue, Transaction } from '@communa/db';
import { formUploads } from '@communa/db';
import type { FormDefinition } from '@communa/forms';
import { and, eq, inArray, isNull, notInArray, or } from 'drizzle-orm';
import type { FileAnswer } from '../forms/file-fields.ts';
import { fileField } from '../forms/file-fields.ts';
import type { FieldError } from '../problems/problem.ts';

const MIB = 1_048_576;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The type's attachments the requester must still give: each one whose key is a file field of the
 * type's form needs at least one file there (`required`, as the engine says, so the widget shows it
 * at the field). An attachment the form has no field for cannot be
 * attached online, so it is left to the commune to ask for.
 */
export function missingAttachments(
  definition: FormDefinition,
  attachments: readonly EventAttachmentValue[],
  files: readonly FileAnswer[],
): FieldError[] {
  return attachments.flatMap((attachment) =>
    fileField(definition, attachment.key) !== undefined &&
    !files.some((file) => file.fieldKey === attachment.key)
      ? [
          {
            path: `answers.${attachment.key}`,
            code: 'required',
            message: `The ${attachment.key} is to be attached`,
          },
        ]
      : [],
  );
}

const accepts = (patterns: readonly string[], type: string): boolean =>
  patterns.some((pattern) =>
    pattern.endsWith('/*') ? type.startsWith(pattern.slice(0, -1)) : type === pattern,
  );

/**
 * Locks the uploads the answers name and checks each is usable by this request: uploaded for this
 * form and field, by one of `uploaders` (the person submitting, and the members of the request's
 * association, who share its draft) and not used yet, or already this request's (a request sent
 * back as incomplete keeps its files); of a type and size its attachment takes. Returns the ids to
 * link, or an error per file (path under `answers.`).
 */
export async function claimAttachments(
  tx: Transaction,
  scope: { tenantId: string; requestId: string; formKey: string; uploaders: readonly string[] },
  attachments: readonly EventAttachmentValue[],
  files: readonly FileAnswer[],
): Promise<{ ok: true; ids: string[] } | { ok: false; errors: FieldError[] }> {
  const ids = files.flatMap((file) => (file.id !== undefined && UUID.test(file.id) ? [file.id] : []));
  const rows =
    ids.length === 0
      ? []
      : await tx
          .select({
            id: formUploads.id,
            fieldKey: formUploads.fieldKey,
            type: formUploads.type,
            size: formUploads.size,
          })
          .from(formUploads)
          .where(
            and(
              eq(formUploads.tenantId, scope.tenantId),
              eq(formUploads.formKey, scope.formKey),
              inArray(formUploads.id, ids),
              isNull(formUploads.submissionId),
              or(
                eq(formUploads.eventRequestId, scope.requestId),
                and(isNull(formUploads.eventRequestId), inArray(formUploads.userId, [...scope.uploaders])),
              ),
            ),
          )
          .for('update');
  const usable = new Map(rows.map((row) => [row.id.toLowerCase(), row]));
  const seen = new Set<string>();
  const errors = files.flatMap((file): FieldError[] => {
    const id = file.id?.toLowerCase();
    const row = id === undefined ? undefined : usable.get(id);
    const fresh = id !== undefined && !seen.has(id);
    if (id !== undefined) seen.add(id);
    const at = `answers.${file.path.join('.')}`;
    const path = `${at}.id`;
    if (row?.fieldKey !== file.fieldKey || !fresh)
      return [
        {
          path,
          code: 'upload_not_usable',
          message: 'must be the id of a file you uploaded for this field and not used yet',
        },
      ];
    const attachment = attachments.find((entry) => entry.key === file.fieldKey);
    if (attachment === undefined) return [];
    if (!accepts(attachment.accept, row.type))
      return [
        {
          path: at,
          code: 'file_type',
          message: `The file is ${row.type}; this attachment takes ${attachment.accept.join(', ')}`,
        },
      ];
    if (row.size > attachment.maxSizeMb * MIB)
      return [
        {
          path: at,
          code: 'file_too_large',
          message: `This attachment takes files of at most ${attachment.maxSizeMb} MB`,
        },
      ];
    return [];
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, ids: [...seen] };
}

/** Ties the claimed uploads to the request and frees those its answers no longer name. */
export async function linkAttachments(
  tx: Transaction,
  scope: { tenantId: string; requestId: string },
  ids: string[],
): Promise<void> {
  const mine = and(eq(formUploads.tenantId, scope.tenantId), eq(formUploads.eventRequestId, scope.requestId));
  await tx
    .update(formUploads)
    .set({ eventRequestId: null })
    .where(ids.length === 0 ? mine : and(mine, notInArray(formUploads.id, ids)));
  if (ids.length === 0) return;
  await tx
    .update(formUploads)
    .set({ eventRequestId: scope.requestId })
    .where(and(eq(formUploads.tenantId, scope.tenantId), inArray(formUploads.id, ids)));
}
