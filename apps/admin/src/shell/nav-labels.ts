import type { MessageKey } from '../i18n/messages.ts';
import type { NavKey } from './nav-items.ts';

export const NAV_LABELS: Readonly<Record<NavKey, MessageKey>> = {
  overview: 'navOverview',
  families: 'navFamilies',
  stages: 'navStages',
  payments: 'navPayments',
  'event-requests': 'navEventRequests',
  forms: 'navForms',
  staff: 'navStaff',
  'audit-log': 'navAuditLog',
};
