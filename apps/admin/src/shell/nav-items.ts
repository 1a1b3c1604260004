import type { Role } from '../api/api-types.ts';
import type { Section } from '../routing/routes.ts';

export type NavKey =
  | 'overview'
  | 'families'
  | 'stages'
  | 'payments'
  | 'event-requests'
  | 'forms'
  | 'staff'
  | 'audit-log';

export interface NavItem {
  key: NavKey;
  /** The screen it opens; none for a service arriving in a later release. */
  section: Section | undefined;
}

interface NavEntry extends NavItem {
  /** Who sees it; `all` for every member of the commune's staff. */
  roles: readonly Role[] | 'all';
}

const ENTRIES: readonly NavEntry[] = [
  { key: 'overview', section: 'overview', roles: 'all' },
  { key: 'families', section: 'families', roles: ['admin', 'stage-manager'] },
  { key: 'stages', section: 'stages', roles: ['admin', 'stage-manager', 'animator'] },
  { key: 'payments', section: 'payments', roles: ['admin', 'stage-manager'] },
  {
    key: 'event-requests',
    section: 'event-requests',
    roles: ['admin', 'event-reviewer', 'event-decider', 'service-advisor'],
  },
  { key: 'forms', section: 'forms', roles: ['admin', 'form-agent'] },
  { key: 'staff', section: 'staff', roles: ['admin'] },
  { key: 'audit-log', section: 'audit-log', roles: ['admin'] },
];

const allows = (entry: NavEntry, roles: readonly Role[]) =>
  entry.roles === 'all' || entry.roles.some((role) => roles.includes(role));

/** The menu of someone holding `roles` in a commune, in menu order. */
export function navItems(roles: readonly Role[]): NavItem[] {
  return ENTRIES.filter((entry) => allows(entry, roles)).map(({ key, section }) => ({ key, section }));
}

/** Whether `roles` open `section` (the API checks again; this only keeps the menu honest). */
export function canOpen(section: Section, roles: readonly Role[]): boolean {
  return ENTRIES.some((entry) => entry.section === section && allows(entry, roles));
}
