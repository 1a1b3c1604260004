import type { Database } from '@communa/db';
import {
  accounts,
  invitations,
  members,
  organizations,
  sessions,
  twoFactors,
  users,
  verifications,
} from '@communa/db';
import { LANGUAGES } from '@communa/tenant-config';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError } from 'better-auth/api';
import { bearer, emailOTP, organization, twoFactor } from 'better-auth/plugins';
import type { Logger } from 'pino';
import type { Mailer } from '../notifications/mailer.ts';
import { staffAccessControl } from '../staff/staff-access-control.ts';
import { createStaffInvitationSender } from '../staff/staff-invitation-sender.ts';
import { createStaffSignInHook } from '../staff/staff-sign-in-hook.ts';
import { staffCommuneOf } from '../staff/staff-store.ts';
import type { TenantDirectory } from '../tenants/tenant-directory.ts';
import { createBearerSessions } from './bearer-sessions.ts';
import type { EmbeddingOrigins } from './embedding-origins.ts';
import { createSignInCodeSender } from './sign-in-code-sender.ts';

export const AUTH_BASE_PATH = '/api/auth';
export const SIGN_IN_CODE_MINUTES = 10;
export const SIGN_IN_CODE_ATTEMPTS = 5;
export const STAFF_INVITATION_DAYS = 7;
export const STAFF_PASSWORD_MIN_LENGTH = 12;
/** A session used again this long after its last extension is extended to the full idle period. */
const SESSION_UPDATE_AGE_SECONDS = 60;

const UNUSED_CODE_PATHS = [
  '/email-otp/check-verification-otp',
  '/email-otp/verify-email',
  '/email-otp/request-password-reset',
  '/email-otp/reset-password',
  '/forget-password/email-otp',
  '/email-otp/request-email-change',
  '/email-otp/change-email',
] as const;

export interface AuthSettings {
  secret: string;
  sessionIdleSeconds: number;
  rateWindowSeconds: number;
  codeSendsPerIp: number;
  codeChecksPerIp: number;
  clientIpHeader: string;
}

export interface AuthDependencies {
  db: Database;
  mailer: Mailer;
  tenants: TenantDirectory;
  origins: EmbeddingOrigins;
  logger: Logger;
  /** The origin browsers reach the API at. */
  publicUrl: string;
  settings: AuthSettings;
}

export type Auth = ReturnType<typeof createAuth>;

/**
 * better-auth for everyone. Citizens: an e-mailed one-time code, then a bearer token. Staff: a
 * password or an e-mailed code, a TOTP second factor, a first-party cookie (SameSite=Strict) for
 * the back-office, and a commune as an organization. Its tables are ours (packages/db/src/schema),
 * created by migrations; better-auth never changes the schema.
 */
export function createAuth(deps: AuthDependencies) {
  const { settings } = deps;
  const sendCode = createSignInCodeSender({
    mailer: deps.mailer,
    tenants: deps.tenants,
    logger: deps.logger,
    validMinutes: SIGN_IN_CODE_MINUTES,
    staffCommuneOf: (email) => staffCommuneOf(deps.db, email),
  });
  const sendInvitation = createStaffInvitationSender({
    mailer: deps.mailer,
    tenants: deps.tenants,
    logger: deps.logger,
    publicUrl: deps.publicUrl,
  });
  const auth = betterAuth({
    appName: 'Communa',
    baseURL: deps.publicUrl,
    basePath: AUTH_BASE_PATH,
    secret: settings.secret,
    database: drizzleAdapter(deps.db, {
      provider: 'pg',
      schema: {
        user: users,
        session: sessions,
        account: accounts,
        verification: verifications,
        twoFactor: twoFactors,
        organization: organizations,
        member: members,
        invitation: invitations,
      },
    }),
    // Staff only: accounts are made by invitation or `admin:create`, never by signing up.
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: STAFF_PASSWORD_MIN_LENGTH,
    },
    hooks: {
      after: createStaffSignInHook({
        db: deps.db,
        logger: deps.logger,
        clientIpHeader: settings.clientIpHeader,
      }),
    },
    telemetry: { enabled: false },
    // Citizens only sign in with a code: the code routes for passwords, e-mail changes and checks
    // would mail or test codes around the send guard (send-code-guard.ts).
    disabledPaths: [...UNUSED_CODE_PATHS],
    logger: {
      level: 'warn',
      log: (level, message) => deps.logger[level]({ source: 'better-auth' }, message),
    },
    // Only the origins some commune embeds from may call; auth-cors.ts has already refused others.
    trustedOrigins: async (request) => {
      const origin = request?.headers.get('origin');
      return origin && (await deps.origins.allows(origin)) ? [origin] : [];
    },
    user: {
      additionalFields: {
        language: { type: 'string', required: false, input: true },
      },
    },
    session: {
      expiresIn: settings.sessionIdleSeconds,
      // Any use more than a minute after the last extension pushes the expiry back: 12 h idle.
      updateAge: SESSION_UPDATE_AGE_SECONDS,
      cookieCache: { enabled: false },
      additionalFields: {
        secondFactorAt: { type: 'date', required: false, input: false },
      },
    },
    databaseHooks: {
      user: {
        create: {
          before: async (user) => ({ data: { ...user, language: knownLanguage(user.language) } }),
        },
        update: {
          // A profile change names one of our languages or none; anything else is refused (400).
          before: async (user) => {
            if (!('language' in user) || user.language === null || knownLanguage(user.language))
              return { data: user };
            throw new APIError('BAD_REQUEST', {
              code: 'INVALID_LANGUAGE',
              message: 'Not one of fr, nl, de, en',
            });
          },
        },
      },
      session: {
        create: {
          // Sign-in is an anonymous route: no address or browser fingerprint is kept with the session.
          before: async (session) => ({ data: { ...session, ipAddress: null, userAgent: null } }),
        },
      },
    },
    advanced: {
      database: { generateId: 'uuid' },
      ipAddress: { ipAddressHeaders: [settings.clientIpHeader] },
      // The back-office cookie never rides along a request started by another site (CSRF).
      defaultCookieAttributes: { sameSite: 'strict', httpOnly: true },
      useSecureCookies: new URL(deps.publicUrl).protocol === 'https:',
    },
    rateLimit: {
      enabled: true,
      storage: 'memory',
      window: 10,
      max: 100,
      customRules: {
        '/email-otp/send-verification-otp': {
          window: settings.rateWindowSeconds,
          max: settings.codeSendsPerIp,
        },
        '/sign-in/email-otp': { window: settings.rateWindowSeconds, max: settings.codeChecksPerIp },
        // Signed-in calls are limited per account by later routes, never per shared NAT address.
        '/get-session': false,
        '/sign-out': false,
        '/revoke-sessions': false,
        '/sign-in/email': { window: settings.rateWindowSeconds, max: settings.codeChecksPerIp },
        // better-auth's own 3 per 10 s per address would lock out a town hall's staff behind one NAT
        // address; a code is already bounded per challenge (5 tries) and per account (lockout).
        '/two-factor/*': { window: settings.rateWindowSeconds, max: settings.codeChecksPerIp },
      },
    },
    plugins: [
      bearer(),
      twoFactor({
        issuer: 'Communa',
        // Staff who sign in with e-mailed codes have no password to confirm enrolment with.
        allowPasswordless: true,
      }),
      organization({
        ac: staffAccessControl.ac,
        roles: staffAccessControl.roles,
        allowUserToCreateOrganization: false,
        creatorRole: 'admin',
        invitationExpiresIn: STAFF_INVITATION_DAYS * 24 * 60 * 60,
        cancelPendingInvitationsOnReInvite: true,
        sendInvitationEmail: (data, request) =>
          sendInvitation({
            invitationId: data.id,
            email: data.email,
            role: data.role,
            organizationSlug: data.organization.slug,
            inviterName: data.inviter.user.name || data.inviter.user.email,
            expiresAt: new Date(data.invitation.expiresAt),
            headers: request?.headers,
          }),
      }),
      emailOTP({
        expiresIn: SIGN_IN_CODE_MINUTES * 60,
        allowedAttempts: SIGN_IN_CODE_ATTEMPTS,
        storeOTP: 'hashed',
        sendVerificationOTP: ({ email, otp, type }, ctx) =>
          sendCode({ email, otp, type, headers: ctx?.headers ?? ctx?.request?.headers }),
      }),
    ],
  });
  // Citizens' bearer sessions are read on every citizen request: one query, same rules (bearer-sessions.ts).
  const bearerSessions = createBearerSessions(deps.db, {
    secret: settings.secret,
    idleSeconds: settings.sessionIdleSeconds,
    updateAgeSeconds: SESSION_UPDATE_AGE_SECONDS,
  });
  return Object.assign(auth, { bearerSessions });
}

function knownLanguage(value: unknown): string | null {
  return LANGUAGES.find((language) => language === value) ?? null;
}
