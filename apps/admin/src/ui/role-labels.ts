import type { Role } from '../api/api-types.ts';
import type { Language } from '../i18n/languages.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { translate } from '../i18n/messages.ts';

const ROLE_MESSAGES: Readonly<Record<Role, MessageKey>> = {
  admin: 'roleAdmin',
  'stage-manager': 'roleStageManager',
  animator: 'roleAnimator',
  'event-reviewer': 'roleEventReviewer',
  'event-decider': 'roleEventDecider',
  'service-advisor': 'roleServiceAdvisor',
  'form-agent': 'roleFormAgent',
};

/** Every role, in the order the API lists them. */
export const ROLES = Object.keys(ROLE_MESSAGES) as Role[];

export function roleLabel(language: Language, role: Role): string {
  return translate(language, ROLE_MESSAGES[role]);
}
