import type { FieldProblem } from '../api/api-result.ts';
import type { MessageKey, MessageParams } from '../i18n/messages.ts';
import type { FormError } from '../ui/admin-view.ts';
import { controlCandidates, controlId, ERROR_WORDS } from './event-config-draft.ts';

/**
 * The API's field errors as the screen's: each at the deepest control on its path that is shown,
 * named by that control's label, in the staff's words where the code has some.
 */
export function fieldErrors(
  problems: readonly FieldProblem[],
  prefix: string,
  root: ParentNode,
  t: (key: MessageKey, params?: MessageParams) => string,
): FormError[] {
  return problems.map((problem) => {
    const field = controlCandidates(controlId(prefix, problem.path)).find(
      (id) => id !== prefix && root.querySelector(`#${CSS.escape(id)}`) !== null,
    );
    const words = ERROR_WORDS[problem.code];
    const message = words ? t(words) : t('eventConfigErrInvalid', { detail: problem.message });
    const where = field ? labelOf(root, field) : undefined;
    return {
      message: where ? t('eventConfigErrorAt', { where, message }) : message,
      ...(field ? { field } : {}),
    };
  });
}

/** The words naming a control: its label, or its group's legend. */
function labelOf(root: ParentNode, id: string): string | undefined {
  const label = root.querySelector(`label[for="${CSS.escape(id)}"]`)?.textContent;
  const legend = root
    .querySelector(`#${CSS.escape(id)}`)
    ?.closest('fieldset')
    ?.querySelector('legend')?.textContent;
  return (label ?? legend)?.replace(/\s+/g, ' ').trim();
}
