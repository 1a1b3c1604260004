import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env.ts';
import type { Auth } from '../auth/create-auth.ts';
import { authProblems } from '../auth/errors.ts';
import type { Citizen } from '../auth/require-citizen.ts';
import { citizenOfSession } from '../auth/require-citizen.ts';
import { respondProblem } from '../problems/respond.ts';

export interface MaybeCitizenEnv extends AppEnv {
  Variables: AppEnv['Variables'] & { citizen: Citizen | undefined };
}

/**
 * For routes anyone may call: without a bearer token there is no citizen; with one, it must be a
 * live session (401 otherwise), as requireCitizen checks it.
 */
export function citizenIfSignedIn(auth: Auth) {
  return createMiddleware<MaybeCitizenEnv>(async (c, next) => {
    if (!c.req.header('authorization')) {
      c.set('citizen', undefined);
      return next();
    }
    const citizen = await citizenOfSession(auth, c.req.raw.headers);
    if (!citizen)
      return respondProblem(c, authProblems.unauthorized, 'The session is unknown or has expired');
    c.set('citizen', citizen);
    await next();
  });
}
