import type { Transaction } from '@communa/db';
import { tenants } from '@communa/db';
import type { FormDefinition } from '@communa/forms';
import type { FormContentIssue, FormParts, FormWorkflow } from '@communa/tenant-config';
import { checkFormContent } from '@communa/tenant-config';
import { eq } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/audit-events.ts';
import { writeFormVersion } from '../forms/apply-forms.ts';
import type { FieldError } from '../problems/problem.ts';
import { ProblemError } from '../problems/problem.ts';
import type { StaffMember } from '../staff/require-staff.ts';
import { formEditorProblems } from './errors.ts';
import type { FormContentInput } from './form-editor-schemas.ts';

/** Forms are edited only where the back-office is the truth; a `code` commune's files would undo it. */
export async function requireAdminSource(tx: Transaction, tenantId: string): Promise<void> {
  const [row] = await tx.select({ source: tenants.source }).from(tenants).where(eq(tenants.id, tenantId));
  if (row?.source !== 'admin') throw new ProblemError(formEditorProblems.managedAsCode);
}

export const asFieldErrors = (issues: readonly FormContentIssue[]): FieldError[] =>
  issues.map(({ path, code, message }) => ({
    path: path === 'access' ? 'access' : `definition${path === '' ? '' : `.${path}`}`,
    code,
    message,
  }));

/** The definition as the editor sends it back: without `key` and `version`. */
export const editorDefinition = (definition: FormDefinition): Record<string, unknown> => {
  const { key: _key, version: _version, ...content } = definition;
  return content;
};

/**
 * Checks and writes a form sent by the editor: 422 with each error's path, else a new version when
 * its content changed (audited), nothing when it did not.
 */
export async function saveForm(
  tx: Transaction,
  member: StaffMember,
  key: string,
  input: FormContentInput,
  workflow: FormWorkflow,
  action: 'forms.definition_saved' | 'forms.created',
  /** Refuses a valid definition that what depends on the form rules out (a 409), before it is written. */
  guard?: (definition: FormParts['definition']) => Promise<void>,
) {
  const checked = checkFormContent(input, {
    key,
    workflow,
    languages: member.tenant.publicConfig.languages,
  });
  if (!checked.ok)
    throw new ProblemError(
      formEditorProblems.invalidDefinition,
      `${checked.issues.length} error(s) in the definition`,
      asFieldErrors(checked.issues),
    );
  await guard?.(checked.parts.definition);
  const written = await writeFormVersion(tx, member.tenant.id, {
    key,
    ...checked.parts,
    hash: checked.hash,
  });
  if (written.changed)
    await recordAuditEvent(tx, {
      tenantId: member.tenant.id,
      actorUserId: member.userId,
      actorEmail: member.email,
      action,
      targetType: 'form',
      targetId: key,
      ip: member.ip,
      detail: { version: written.version },
    });
  return {
    key,
    version: written.version,
    changed: written.changed,
    warnings: asFieldErrors(checked.warnings),
  };
}
