import type { MessageKey } from '../core/messages.ts';
import type { ServiceKind } from '../core/tenant-types.ts';

const KIND_LABELS = {
  stages: 'kindStages',
  events: 'kindEvents',
  forms: 'kindForms',
  link: 'kindLink',
} as const satisfies Record<ServiceKind, MessageKey>;

/** The message naming a kind of service, shown as text so the kind never rests on colour alone. */
export function serviceKindLabel(kind: ServiceKind): MessageKey {
  return KIND_LABELS[kind];
}
