import type { Transaction } from '@communa/db';
import { currentFormVersion } from '../forms/form-store.ts';
import { ProblemError } from '../problems/problem.ts';
import { formStaffProblems } from './errors.ts';

/** A form the commune offers, at its current version; 404 otherwise. */
export async function staffForm(tx: Transaction, tenantId: string, formKey: string) {
  const form = await currentFormVersion(tx, tenantId, formKey);
  if (!form) throw new ProblemError(formStaffProblems.formNotFound);
  return form;
}

/** Counts keyed by status, every status of the workflow present (zero when empty). */
export function countsByStatus(
  statuses: readonly { key: string }[],
  rows: readonly { status: string; n: number }[],
): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(statuses.map((status) => [status.key, 0]));
  for (const row of rows) counts[row.status] = (counts[row.status] ?? 0) + row.n;
  return counts;
}
