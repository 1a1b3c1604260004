import type { FormStatus, FormWorkflow } from '@communa/tenant-config';

/**
 * What a citizen sees of a submission's status: the latest status of its history that citizens may
 * see (an internal step shows as the step before it), else the workflow's first status.
 */
export function citizenStatus(workflow: FormWorkflow, history: readonly string[]): FormStatus {
  const visible = new Map(
    workflow.statuses.filter((status) => status.visibleToCitizen).map((status) => [status.key, status]),
  );
  for (const key of [...history].reverse()) {
    const status = visible.get(key);
    if (status) return status;
  }
  const [first] = workflow.statuses;
  if (!first) throw new Error('a workflow without statuses');
  return first;
}
