import type { EventRequestStatus } from '../api/api-types.ts';
import { labelIn } from '../forms/definition-fields.ts';
import type { Language } from '../i18n/languages.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { EventConfig } from './events-api.ts';

/** Every status staff meet, in workflow order (drafts are the requester's own). */
export const STAFF_STATUSES = [
  'submitted',
  'incomplete',
  'under-review',
  'opinions-requested',
  'approved',
  'approved-with-conditions',
  'refused',
  'withdrawn',
  'closed',
] as const satisfies readonly EventRequestStatus[];

export const STATUS_LABELS: Readonly<Record<EventRequestStatus, MessageKey>> = {
  draft: 'eventStatusDraft',
  submitted: 'eventStatusSubmitted',
  incomplete: 'eventStatusIncomplete',
  'under-review': 'eventStatusUnderReview',
  'opinions-requested': 'eventStatusOpinionsRequested',
  approved: 'eventStatusApproved',
  'approved-with-conditions': 'eventStatusApprovedWithConditions',
  refused: 'eventStatusRefused',
  withdrawn: 'eventStatusWithdrawn',
  closed: 'eventStatusClosed',
};

export function isStaffStatus(value: string): value is (typeof STAFF_STATUSES)[number] {
  return (STAFF_STATUSES as readonly string[]).includes(value);
}

/** Names of a commune's types, places and equipment by key; an unknown key (since removed) is shown as is. */
export function configNames(config: EventConfig | undefined, language: Language) {
  return {
    type: (key: string) => {
      const type = config?.types.find((candidate) => candidate.key === key);
      return type ? labelIn(type.name, language, key) : key;
    },
    place: (key: string) => config?.places.find((candidate) => candidate.key === key)?.name ?? key,
    equipment: (key: string) => {
      const item = config?.equipment.find((candidate) => candidate.key === key);
      return item ? labelIn(item.name, language, key) : key;
    },
  };
}

export type ConfigNames = ReturnType<typeof configNames>;
