import type { ProblemCode } from '../problems/problem.ts';

export const householdProblems = {
  householdNotFound: {
    code: 'household_not_found',
    status: 404,
    title: 'No household in this commune yet',
  },
  childNotFound: { code: 'child_not_found', status: 404, title: 'No such child in your household' },
  childEnrolled: {
    code: 'child_enrolled',
    status: 409,
    title: 'This child has stage enrolments: its record stays while they do',
  },
  householdRequired: {
    code: 'household_required',
    status: 409,
    title: 'Give your household’s address before adding children',
  },
  coParentInvitationNotFound: {
    code: 'co_parent_invitation_not_found',
    status: 404,
    title: 'No such invitation for you',
  },
  coParentInvitationClosed: {
    code: 'co_parent_invitation_closed',
    status: 409,
    title: 'This invitation was already answered, cancelled or has expired',
  },
  coParentSelf: {
    code: 'co_parent_same_household',
    status: 409,
    title: 'This person already belongs to your household',
  },
  coParentAlreadyInvited: {
    code: 'co_parent_already_invited',
    status: 409,
    title: 'This address already has a pending invitation from your household',
  },
  coParentTooMany: {
    code: 'co_parent_too_many_invitations',
    status: 409,
    title: 'Your household has too many pending invitations: cancel one first',
  },
} as const satisfies Record<string, ProblemCode>;
