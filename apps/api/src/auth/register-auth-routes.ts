import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import type { Mailer } from '../notifications/mailer.ts';
import { httpProblems } from '../problems/codes.ts';
import { respondProblem } from '../problems/respond.ts';
import type { TenantDirectory } from '../tenants/tenant-directory.ts';
import { AddressLimiter } from './address-limiter.ts';
import { authCors } from './auth-cors.ts';
import { toAuthProblemResponse } from './auth-problem-response.ts';
import type { Auth } from './create-auth.ts';
import { AUTH_BASE_PATH } from './create-auth.ts';
import type { EmbeddingOrigins } from './embedding-origins.ts';
import { sendCodeGuard } from './send-code-guard.ts';

export interface AuthRouteOptions {
  auth: Auth;
  tenants: TenantDirectory;
  origins: EmbeddingOrigins;
  ownOrigin: string;
  codeSendsPerAddress: number;
  rateWindowSeconds: number;
  /** The mailer the sign-in codes go through, shared with the other routes that mail citizens. */
  mailer: Mailer;
}

/** Mounts better-auth at `/api/auth/*`, behind our CORS, our checks and our problem answers. */
export function registerAuthRoutes(app: OpenAPIHono<AppEnv>, options: AuthRouteOptions): void {
  const perAddress = new AddressLimiter({
    max: options.codeSendsPerAddress,
    windowSeconds: options.rateWindowSeconds,
  });
  app.use(`${AUTH_BASE_PATH}/*`, authCors(options.origins, options.ownOrigin));
  app.post(
    `${AUTH_BASE_PATH}/email-otp/send-verification-otp`,
    sendCodeGuard(options.tenants, perAddress, options.ownOrigin),
  );
  // Memberships change only through the staff API (its checks and audit log), never directly.
  app.all(`${AUTH_BASE_PATH}/organization/*`, (c) =>
    respondProblem(c, httpProblems.notFound, `No route ${c.req.method} ${c.req.path}`),
  );
  app.on(['GET', 'POST'], `${AUTH_BASE_PATH}/*`, async (c) =>
    toAuthProblemResponse(await options.auth.handler(c.req.raw), c.get('requestId')),
  );
}
