import type { ProblemCode } from '../problems/problem.ts';

export const authProblems = {
  codeInvalid: { code: 'sign_in_code_invalid', status: 400, title: 'The code is not valid' },
  codeExpired: { code: 'sign_in_code_expired', status: 400, title: 'The code has expired' },
  codeLocked: {
    code: 'sign_in_code_locked',
    status: 403,
    title: 'Too many wrong codes: ask for a new one',
  },
  tenantRequired: {
    code: 'tenant_required',
    status: 400,
    title: 'Say which commune the citizen signs in on (X-Communa-Tenant header)',
  },
  rateLimited: { code: 'rate_limited', status: 429, title: 'Too many requests; try again later' },
  unauthorized: { code: 'unauthorized', status: 401, title: 'Sign in first' },
} as const satisfies Record<string, ProblemCode>;

/** better-auth's error codes we answer with our own problems; others keep their code in snake case. */
export const authErrorProblems: Readonly<Record<string, ProblemCode>> = {
  INVALID_OTP: authProblems.codeInvalid,
  OTP_EXPIRED: authProblems.codeExpired,
  TOO_MANY_ATTEMPTS: authProblems.codeLocked,
  UNAUTHORIZED: authProblems.unauthorized,
};
