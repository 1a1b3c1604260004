import type { Commune, Role } from '../api/api-types.ts';

/** The views of the event requests screen. */
export type EventView = 'requests' | 'calendar' | 'configuration';

/** Who sees the whole commune's calendar (the API checks again); a service's advisor does not. */
const CALENDAR_ROLES: readonly Role[] = ['admin', 'event-reviewer', 'event-decider'];

/**
 * The views someone has in a commune: the requests; the calendar for those who handle every
 * request; the event types, places and equipment for admins where the back-office is the truth
 * (`source: admin`; a `code` commune's event-types.yaml is, and the API refuses the editor there).
 */
export function eventViews(commune: Pick<Commune, 'roles' | 'source'> | undefined): EventView[] {
  const roles = commune?.roles ?? [];
  return [
    'requests',
    ...(roles.some((role) => CALENDAR_ROLES.includes(role)) ? (['calendar'] as const) : []),
    ...(commune?.source === 'admin' && roles.includes('admin') ? (['configuration'] as const) : []),
  ];
}
