import type { Language } from '@communa/tenant-config';
import { fillTranslations } from '@communa/tenant-config';
import { citizenStatus } from './citizen-status.ts';
import type { MySubmission } from './form-schemas.ts';
import type { FormVersion } from './form-store.ts';

/** A submission as its sender sees it: its form's title and the status citizens may see, in every offered language. */
export function presentSubmission(
  row: {
    reference: string;
    submittedAt: Date;
    form: FormVersion;
    history: readonly string[];
    staffComment: string | null;
  },
  languages: { offered: readonly Language[]; default: Language },
): MySubmission {
  const status = citizenStatus(row.form.workflow, row.history);
  return {
    reference: row.reference,
    formKey: row.form.key,
    formTitle: fillTranslations(row.form.definition.title, languages),
    status: status.key,
    statusLabel: fillTranslations(status.label, languages),
    submittedAt: row.submittedAt.toISOString(),
    staffComment: row.staffComment,
  };
}
