import type { FormDefinition } from '@communa/forms';
import type { FormWorkflow } from '@communa/tenant-config';
import type { StaffRole } from '../staff/staff-roles.ts';
import type { HistoryEvent, StaffSubmission } from './form-staff-schemas.ts';
import type { SubmissionRow } from './submission-staff-store.ts';
import { generatedDocuments, transitionsFrom } from './workflow-rules.ts';

export const presentAssignee = (row: {
  assigneeUserId: string | null;
  assigneeName: string | null;
  assigneeEmail: string | null;
}) =>
  row.assigneeUserId === null
    ? null
    : { userId: row.assigneeUserId, name: row.assigneeName ?? '', email: row.assigneeEmail ?? '' };

export function presentStatuses(workflow: FormWorkflow) {
  return workflow.statuses.map(({ key, label, color, visibleToCitizen, final }) => ({
    key,
    label,
    color,
    visibleToCitizen,
    final,
  }));
}

/** A submission as staff read it: answers against its own version, what may happen next, its history. */
export function presentStaffSubmission(
  row: SubmissionRow,
  form: { definition: FormDefinition; workflow: FormWorkflow },
  history: readonly (Omit<HistoryEvent, 'createdAt'> & { createdAt: Date })[],
  roles: readonly StaffRole[],
  documentUrl: (fileName: string) => string,
): StaffSubmission {
  return {
    id: row.id,
    reference: row.reference,
    formKey: row.formKey,
    version: row.version,
    definition: form.definition,
    statuses: presentStatuses(form.workflow),
    answers: row.answers,
    language: row.language,
    status: row.status,
    assignee: presentAssignee(row),
    anonymous: row.userId === null,
    submittedAt: row.submittedAt.toISOString(),
    transitions: transitionsFrom(form.workflow, row.status, roles).map(({ transition, allowed }) => ({
      to: transition.to,
      label: transition.label ?? null,
      actions: transition.actions.map((action) => action.type),
      allowed,
    })),
    history: history.map((event) => ({ ...event, createdAt: event.createdAt.toISOString() })),
    documents: generatedDocuments(form.workflow, history).map(({ fileName }) => ({
      fileName,
      url: documentUrl(fileName),
    })),
  };
}
