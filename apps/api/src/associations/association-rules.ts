import type { AssociationRole } from '@communa/db';
import { parseCompanyNumber, parsePhone } from '@communa/forms';
import { normaliseAddress } from '../households/household-rules.ts';
import type { FieldError } from '../problems/problem.ts';
import type { AssociationInput } from './association-schemas.ts';

/** How long an invited person has to answer. */
export const ASSOCIATION_INVITATION_DAYS = 14;
/** Pending invitations an association may have at once: a committee, not a mailing list. */
export const ASSOCIATION_PENDING_MAX = 20;

export function invitationExpiry(now: Date): Date {
  return new Date(now.getTime() + ASSOCIATION_INVITATION_DAYS * 24 * 60 * 60 * 1000);
}

/** What the association row stores of its details. */
export interface AssociationValues {
  name: string;
  companyNumber: string | null;
  street: string;
  number: string;
  box: string | null;
  postalCode: string;
  city: string;
  country: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
}

export type AssociationOutcome = { ok: true; value: AssociationValues } | { ok: false; errors: FieldError[] };

/**
 * The details as stored: the company number as 10 digits (checksum checked), the address with the
 * household's Belgian checks, the contact's phone in E.164 and e-mail in lower case.
 */
export function normaliseAssociation(input: AssociationInput): AssociationOutcome {
  const errors: FieldError[] = [];
  let companyNumber: string | null = null;
  if (input.companyNumber?.trim()) {
    const parsed = parseCompanyNumber(input.companyNumber);
    if (parsed.ok) companyNumber = parsed.value;
    else errors.push({ path: 'companyNumber', code: parsed.code, message: 'Not a valid BCE/KBO number' });
  }
  const address = normaliseAddress(input.address);
  if (!address.ok) errors.push(...address.errors.map((e) => ({ ...e, path: `address.${e.path}` })));
  let contactPhone: string | null = null;
  if (input.contact.phone?.trim()) {
    const parsed = parsePhone(input.contact.phone);
    if (parsed.ok) contactPhone = parsed.value;
    else errors.push({ path: 'contact.phone', code: parsed.code, message: 'Not a valid phone number' });
  }
  if (!address.ok || errors.length > 0) return { ok: false, errors };
  const place = address.value;
  return {
    ok: true,
    value: {
      name: input.name,
      companyNumber,
      street: place.street,
      number: place.number,
      box: place.box,
      postalCode: place.postalCode,
      city: place.city,
      country: input.address.country,
      contactName: input.contact.name,
      contactEmail: input.contact.email.toLowerCase(),
      contactPhone,
    },
  };
}

/** Why `actor` may not remove `target` (themselves: leaving), or null when they may. */
export function removalProblem(
  members: readonly { userId: string; role: AssociationRole }[],
  actorId: string,
  targetId: string,
): 'owner_required' | 'member_not_found' | 'last_owner' | null {
  const actor = members.find((m) => m.userId === actorId);
  const target = members.find((m) => m.userId === targetId);
  if (!target) return 'member_not_found';
  if (actorId !== targetId && actor?.role !== 'owner') return 'owner_required';
  const owners = members.filter((m) => m.role === 'owner');
  // The last owner may go only when nobody else is left to be without one.
  if (target.role === 'owner' && owners.length === 1 && members.length > 1) return 'last_owner';
  return null;
}

/** Why `actor` may not give `target` this role, or null when they may. */
export function roleChangeProblem(
  members: readonly { userId: string; role: AssociationRole }[],
  actorId: string,
  targetId: string,
  role: AssociationRole,
): 'owner_required' | 'member_not_found' | 'last_owner' | null {
  const actor = members.find((m) => m.userId === actorId);
  const target = members.find((m) => m.userId === targetId);
  if (actor?.role !== 'owner') return 'owner_required';
  if (!target) return 'member_not_found';
  const owners = members.filter((m) => m.role === 'owner');
  if (target.role === 'owner' && role !== 'owner' && owners.length === 1) return 'last_owner';
  return null;
}
