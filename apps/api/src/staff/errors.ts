import type { ProblemCode } from '../problems/problem.ts';

export const staffProblems = {
  unauthorized: { code: 'unauthorized', status: 401, title: 'Sign in to the back-office first' },
  bearerRefused: {
    code: 'unauthorized',
    status: 401,
    title: 'The back-office takes its own session cookie, not a bearer token',
  },
  forbidden: { code: 'forbidden', status: 403, title: 'Your roles in this commune do not allow this' },
  secondFactorRequired: {
    code: 'second_factor_required',
    status: 403,
    title: 'Confirm this session with a code from your authenticator app',
  },
  secondFactorEnrolmentRequired: {
    code: 'second_factor_enrolment_required',
    status: 403,
    title: 'Your roles require a second factor: set up an authenticator app first',
  },
  crossSiteRequest: {
    code: 'cross_site_request',
    status: 403,
    title: 'Changes to the back-office must come from the back-office itself',
  },
  memberNotFound: { code: 'member_not_found', status: 404, title: 'No such staff member in this commune' },
  householdNotFound: { code: 'household_not_found', status: 404, title: 'No such household in this commune' },
  invitationNotFound: { code: 'invitation_not_found', status: 404, title: 'No such invitation' },
  alreadyStaff: { code: 'already_staff', status: 409, title: 'This person is already staff of the commune' },
  alreadyInvited: {
    code: 'already_invited',
    status: 409,
    title: 'This address already has a pending invitation',
  },
  lastAdmin: {
    code: 'last_admin',
    status: 409,
    title: 'A commune keeps at least one admin: appoint another one first',
  },
  invitationClosed: {
    code: 'invitation_closed',
    status: 409,
    title: 'This invitation was already used, cancelled or has expired',
  },
} as const satisfies Record<string, ProblemCode>;
