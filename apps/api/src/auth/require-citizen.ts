import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env.ts';
import { respondProblem } from '../problems/respond.ts';
import type { Auth } from './create-auth.ts';
import { authProblems } from './errors.ts';

/** The signed-in person a citizen route acts for. */
export interface Citizen {
  userId: string;
  email: string;
  name: string;
  language: string | null;
}

export interface CitizenEnv extends AppEnv {
  Variables: AppEnv['Variables'] & { citizen: Citizen };
}

/** The person of the request's bearer session; undefined when the session is unknown or expired. */
export function citizenOfSession(auth: Auth, headers: Headers): Promise<Citizen | undefined> {
  return auth.bearerSessions.citizenOf(headers.get('authorization') ?? undefined);
}

/**
 * Lets a request through only with a live session's bearer token, and puts its person in
 * `c.var.citizen`. Checking the session also extends it (12 h idle expiry). 401 otherwise.
 */
export function requireCitizen(auth: Auth) {
  return createMiddleware<CitizenEnv>(async (c, next) => {
    if (!c.req.header('authorization')) return respondProblem(c, authProblems.unauthorized);
    const citizen = await citizenOfSession(auth, c.req.raw.headers);
    if (!citizen)
      return respondProblem(c, authProblems.unauthorized, 'The session is unknown or has expired');
    c.set('citizen', citizen);
    await next();
  });
}
