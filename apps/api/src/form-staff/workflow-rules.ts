import type { FormWorkflow } from '@communa/tenant-config';
import type { StaffRole } from '../staff/staff-roles.ts';

export type Transition = FormWorkflow['transitions'][number];
export type TransitionAction = Transition['actions'][number];

const fromsOf = (transition: Transition) =>
  typeof transition.from === 'string' ? [transition.from] : transition.from;

/** The transitions leaving `status`, each with whether one of `roles` may make it. */
export function transitionsFrom(workflow: FormWorkflow, status: string, roles: readonly StaffRole[]) {
  return workflow.transitions
    .filter((transition) => fromsOf(transition).includes(status))
    .map((transition) => ({
      transition,
      allowed: transition.roles.some((role) => roles.includes(role)),
    }));
}

/**
 * The transition from `status` to `to` that one of `roles` may make: `missing` when the workflow has
 * none from this status, `forbidden` when it exists for other roles only.
 */
export function pickTransition(
  workflow: FormWorkflow,
  status: string,
  to: string,
  roles: readonly StaffRole[],
): Transition | 'missing' | 'forbidden' {
  const candidates = transitionsFrom(workflow, status, roles).filter(
    ({ transition }) => transition.to === to,
  );
  if (candidates.length === 0) return 'missing';
  return candidates.find(({ allowed }) => allowed)?.transition ?? 'forbidden';
}

/** The documents a submission has: those of the generate-pdf transitions its history went through. */
export function generatedDocuments(
  workflow: FormWorkflow,
  steps: readonly { fromStatus: string | null; toStatus: string | null }[],
) {
  const names = new Map<string, Extract<TransitionAction, { type: 'generate-pdf' }>>();
  for (const step of steps) {
    const from = step.fromStatus;
    if (from === null) continue;
    for (const transition of workflow.transitions)
      if (transition.to === step.toStatus && fromsOf(transition).includes(from))
        for (const action of transition.actions)
          if (action.type === 'generate-pdf') names.set(action.fileName, action);
  }
  return [...names.values()];
}

/** `{reference}`, `{form}`, `{comment}` and `{answers.<field>}` in a template, unknown ones left empty. */
export function fillPlaceholders(template: string, values: Record<string, string>): string {
  return template.replace(/\{([a-zA-Z0-9_.-]+)\}/g, (_, name: string) => values[name] ?? '');
}
