import type { ProblemCode } from '../problems/problem.ts';

export const associationProblems = {
  detailsInvalid: {
    code: 'association_details_invalid',
    status: 400,
    title: 'Some of the association’s details are not valid; nothing was saved',
  },
  notFound: { code: 'association_not_found', status: 404, title: 'No such association of yours' },
  ownerRequired: {
    code: 'association_owner_required',
    status: 403,
    title: 'Only an owner of the association may do this',
  },
  memberNotFound: {
    code: 'association_member_not_found',
    status: 404,
    title: 'No such member in this association',
  },
  lastOwner: {
    code: 'association_last_owner',
    status: 409,
    title: 'The association needs another owner before its last one leaves',
  },
  alreadyMember: {
    code: 'association_already_member',
    status: 409,
    title: 'This person already belongs to the association',
  },
  alreadyInvited: {
    code: 'association_already_invited',
    status: 409,
    title: 'This address already has a pending invitation to the association',
  },
  tooManyInvitations: {
    code: 'association_too_many_invitations',
    status: 409,
    title: 'The association has too many pending invitations: cancel one first',
  },
  invitationNotFound: {
    code: 'association_invitation_not_found',
    status: 404,
    title: 'No such invitation for the address you are signed in with',
  },
  invitationClosed: {
    code: 'association_invitation_closed',
    status: 409,
    title: 'This invitation was already answered, cancelled or has expired',
  },
} as const satisfies Record<string, ProblemCode>;
