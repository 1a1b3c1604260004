import { z } from '@hono/zod-openapi';

/** The roles a person may hold in one commune's staff (several at once). */
export const STAFF_ROLES = [
  'admin',
  'stage-manager',
  'animator',
  'event-reviewer',
  'event-decider',
  'service-advisor',
  'form-agent',
] as const;

export type StaffRole = (typeof STAFF_ROLES)[number];

export const staffRoleSchema = z.enum(STAFF_ROLES).openapi('StaffRole');

/** What a staff route may require; each is granted to the roles listed in PERMISSIONS. */
export type StaffPermission =
  | 'staff:manage'
  | 'audit:read'
  | 'households:read'
  | 'residency:decide'
  | 'stage-sessions:read'
  | 'stage-sessions:manage'
  | 'forms:handle'
  | 'forms:design'
  | 'stages:design'
  | 'event-types:design'
  | 'event-requests:read'
  | 'event-requests:review'
  | 'event-calendar:read'
  | 'event-requests:decide'
  | 'event-opinions:give';

const PERMISSIONS: Readonly<Record<StaffPermission, readonly StaffRole[]>> = {
  'staff:manage': ['admin'],
  'audit:read': ['admin'],
  'households:read': ['admin', 'stage-manager'],
  /** Residency sets what families pay for stages: those who manage stages decide it. */
  'residency:decide': ['admin', 'stage-manager'],
  /** Animators only for the sessions assigned to them (checked per session). */
  'stage-sessions:read': ['admin', 'stage-manager', 'animator'],
  'stage-sessions:manage': ['admin', 'stage-manager'],
  /** The e-guichet inbox; which transitions each role may make is the form's workflow's say. */
  'forms:handle': ['admin', 'form-agent'],
  /**
   * The form editor (admin-sourced communes): form agents run the commune's procedures, so they shape
   * them too; admins hold every configuration.
   */
  'forms:design': ['admin', 'form-agent'],
  /** The stage editor (admin-sourced communes): those who run the stages set their programme. */
  'stages:design': ['admin', 'stage-manager'],
  /**
   * Event types, bookable places and lent equipment (admin-sourced communes): they bind every service
   * that gives opinions and the commune's stock, so only admins shape them.
   */
  'event-types:design': ['admin'],
  /**
   * Deciders read what they decide; reviewers handle the file until the decision; service advisors
   * read only the requests their own services were asked an opinion on (checked per request).
   */
  'event-requests:read': ['admin', 'event-reviewer', 'event-decider', 'service-advisor'],
  'event-requests:review': ['admin', 'event-reviewer'],
  /** Every request of the commune at once: for those who handle them all, never a service's advisor. */
  'event-calendar:read': ['admin', 'event-reviewer', 'event-decider'],
  'event-requests:decide': ['admin', 'event-decider'],
  /** Only for the services the advisor belongs to (checked per opinion). */
  'event-opinions:give': ['service-advisor'],
};

/** Roles that can reach health data (or grant it): they need a TOTP second factor. */
const SECOND_FACTOR_ROLES: ReadonlySet<StaffRole> = new Set(['admin', 'stage-manager', 'animator']);

/** better-auth keeps a member's roles comma-separated; unknown names (an old role) are dropped. */
export function parseRoles(stored: string | null | undefined): StaffRole[] {
  const names = new Set((stored ?? '').split(',').map((name) => name.trim()));
  return STAFF_ROLES.filter((role) => names.has(role));
}

/** The roles in their canonical order, without repeats. */
export function normalizeRoles(roles: readonly StaffRole[]): StaffRole[] {
  return STAFF_ROLES.filter((role) => roles.includes(role));
}

export function hasPermission(roles: readonly StaffRole[], permission: StaffPermission): boolean {
  return roles.some((role) => PERMISSIONS[permission].includes(role));
}

export function needsSecondFactor(roles: readonly StaffRole[]): boolean {
  return roles.some((role) => SECOND_FACTOR_ROLES.has(role));
}

/** Would the commune be left without an admin if `memberId` had `roles` (none: removed)? */
export function leavesNoAdmin(
  all: readonly { id: string; role: string }[],
  memberId: string,
  roles: readonly StaffRole[],
): boolean {
  return !all.some((m) => (m.id === memberId ? roles : parseRoles(m.role)).includes('admin'));
}
