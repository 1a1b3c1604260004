import type { Transaction } from '@communa/db';
import type { FormDefinition } from '@communa/forms';
import { attachmentsWithoutField, formFileFields } from '@communa/tenant-config';
import { readEventConfiguration } from '../events/export-events.ts';
import { ProblemError } from '../problems/problem.ts';
import { formEditorProblems } from './errors.ts';

/**
 * 409 when the edited form drops a file field an active event type's attachment is given at:
 * requesters could no longer attach it. The type is changed first, then the form.
 */
export async function refuseDroppingAttachmentFields(
  tx: Transaction,
  tenantId: string,
  formKey: string,
  definition: Pick<FormDefinition, 'pages'>,
): Promise<void> {
  const config = await readEventConfiguration(tx, tenantId);
  const missing = attachmentsWithoutField(config, formFileFields([{ key: formKey, definition }]));
  if (missing.length === 0) return;
  const named = missing.map(({ type, attachment }) => `${type}: ${attachment}`);
  throw new ProblemError(
    formEditorProblems.attachmentFieldNeeded,
    `event types attach files at these fields: ${named.join(', ')}`,
    named.map((name) => ({
      path: 'definition',
      code: formEditorProblems.attachmentFieldNeeded.code,
      message: `The file field for ${name} is needed`,
    })),
  );
}
