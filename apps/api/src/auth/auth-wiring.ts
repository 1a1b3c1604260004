import type { Database } from '@communa/db';
import type { Logger } from 'pino';
import type { Env } from '../env.ts';
import { authSecret } from '../env.ts';
import type { MailTransports } from '../notifications/create-mail-transport.ts';
import { createMailer } from '../notifications/mailer.ts';
import type { TenantDirectory } from '../tenants/tenant-directory.ts';
import { createAuth } from './create-auth.ts';
import { EmbeddingOrigins } from './embedding-origins.ts';
import type { AuthRouteOptions } from './register-auth-routes.ts';

export interface AuthWiringOptions {
  env: Env;
  db: Database;
  logger: Logger;
  tenants: TenantDirectory;
  mail: MailTransports;
  publicUrl: string;
  extraOrigins: readonly string[];
}

/** better-auth and what its routes need, from the settings: one wiring for the API and its tools. */
export function wireAuth(options: AuthWiringOptions): Omit<AuthRouteOptions, 'tenants' | 'ownOrigin'> {
  const { env } = options;
  const origins = new EmbeddingOrigins(options.db, {
    ttlMs: env.TENANT_CACHE_TTL_SECONDS * 1000,
    extraOrigins: options.extraOrigins,
  });
  const mailer = createMailer({ transports: options.mail, fromAddress: env.MAIL_FROM_ADDRESS });
  const auth = createAuth({
    db: options.db,
    mailer,
    tenants: options.tenants,
    origins,
    logger: options.logger,
    publicUrl: options.publicUrl,
    settings: {
      secret: authSecret(env),
      sessionIdleSeconds: env.AUTH_SESSION_IDLE_SECONDS,
      rateWindowSeconds: env.AUTH_RATE_WINDOW_SECONDS,
      codeSendsPerIp: env.AUTH_CODE_SENDS_PER_IP,
      codeChecksPerIp: env.AUTH_CODE_CHECKS_PER_IP,
      clientIpHeader: env.AUTH_CLIENT_IP_HEADER,
    },
  });
  return {
    auth,
    origins,
    codeSendsPerAddress: env.AUTH_CODE_SENDS_PER_ADDRESS,
    rateWindowSeconds: env.AUTH_RATE_WINDOW_SECONDS,
    mailer,
  };
}
