/** How long the other parent has to accept. */
export const CO_PARENT_INVITATION_DAYS = 14;
/** Pending invitations a household may have at once: enough for any family, not for spam. */
export const CO_PARENT_PENDING_MAX = 5;

export type CoParentStatus = 'pending' | 'accepted' | 'declined' | 'cancelled';

/** What the people involved see: a pending invitation past its date has expired. */
export function visibleStatus(status: CoParentStatus, expiresAt: Date, now: Date) {
  return status === 'pending' && expiresAt.getTime() <= now.getTime() ? ('expired' as const) : status;
}

export function isOpen(status: CoParentStatus, expiresAt: Date, now: Date): boolean {
  return visibleStatus(status, expiresAt, now) === 'pending';
}

export function invitationExpiry(now: Date): Date {
  return new Date(now.getTime() + CO_PARENT_INVITATION_DAYS * 24 * 60 * 60 * 1000);
}
