import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const optionalUrl = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .pipe(z.url().optional())
  .optional();

/** A 32-byte AES-256 key written in base64. */
const healthKey = z
  .string()
  .trim()
  .transform((value) => Buffer.from(value, 'base64'))
  .refine((key) => key.length === 32, 'must be 32 bytes, base64-encoded');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default('0.0.0.0'),
  /** Origin the API is reached at from browsers (widgets, demo site). Default: http://localhost:PORT. */
  PUBLIC_URL: optionalUrl,
  /** Port of the demo municipal sites started beside the API outside production; 0 disables them. */
  DEMO_PORT: z.coerce.number().int().min(0).max(65535).default(8788),
  /** Owner connection: migrations and configuration. Unset: embedded PostgreSQL in DATA_DIR/pg. */
  DATABASE_URL: optionalUrl,
  /** Application-role connection (no BYPASSRLS). Unset: derived from DATABASE_URL's server. */
  DATABASE_APP_URL: optionalUrl,
  DATABASE_APP_PASSWORD: z.string().min(8).default('communa-dev-password'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
  TENANTS_DIR: z.string().default(path.join(repoRoot, 'tenants')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest request body accepted, in bytes. */
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  /** Seconds an in-process copy of a commune's public configuration may be served unchecked. */
  TENANT_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).default(60),
  /** Resend API key. Unset: mail is written to DATA_DIR/mail (listed at /dev/mail outside production). */
  RESEND_API_KEY: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .optional(),
  /** Another Resend API origin (tests: the fake server). Default: Resend's own. */
  RESEND_BASE_URL: optionalUrl,
  /** Verified sender address; mail leaves as "<commune name>" <this address>. */
  MAIL_FROM_ADDRESS: z.email().default('no-reply@communa.localhost'),
  /** Signs session tokens and hashes codes. Required in production; a fixed value elsewhere. */
  AUTH_SECRET: z.string().min(32).optional(),
  /** A citizen's session ends after this many seconds without use; every use extends it. */
  AUTH_SESSION_IDLE_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .default(12 * 60 * 60),
  /** Window, in seconds, of the limits on sending and checking sign-in codes. */
  AUTH_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(600),
  /** Codes sent to one address per window. */
  AUTH_CODE_SENDS_PER_ADDRESS: z.coerce.number().int().min(1).default(5),
  /** Codes sent from one IP address per window: high, a school or town hall shares one NAT address. */
  AUTH_CODE_SENDS_PER_IP: z.coerce.number().int().min(1).default(300),
  /** Code checks from one IP address per window. */
  AUTH_CODE_CHECKS_PER_IP: z.coerce.number().int().min(1).default(600),
  /** Seconds between polls of an idle job queue (at least 0.5). */
  JOB_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  /** Hours a family has to answer a stage seat offered from the waitlist before it passes on. */
  STAGE_OFFER_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(14 * 24)
    .default(48),
  /** Days a family has to pay a stage invoice (due the day before the session if that comes first). */
  STAGE_INVOICE_DUE_DAYS: z.coerce.number().int().min(0).max(90).default(14),
  /** Days the reminder of an unpaid stage invoice gives before the seat is released. */
  STAGE_INVOICE_GRACE_DAYS: z.coerce.number().int().min(1).max(60).default(7),
  /** Seals children's health sheets (AES-256-GCM): 32 bytes, base64. Required in production. */
  HEALTH_DATA_KEY: healthKey.optional(),
  /** Earlier HEALTH_DATA_KEY values, comma-separated: they still open sheets sealed before a rotation. */
  HEALTH_DATA_PREVIOUS_KEYS: z
    .string()
    .trim()
    .transform((value) => (value ? value.split(',') : []))
    .pipe(z.array(healthKey))
    .default([]),
  /** Days a health sheet is kept after the child's last stage session ended (or its last change). */
  HEALTH_SHEET_RETENTION_DAYS: z.coerce.number().int().min(1).max(3660).default(30),
  /** Changes (POST, PUT, PATCH, DELETE) one signed-in session may make per minute. */
  ACCOUNT_WRITES_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** Request header carrying the client address set by the reverse proxy (used only for limits). */
  AUTH_CLIENT_IP_HEADER: z.string().trim().toLowerCase().default('x-forwarded-for'),
});

export type Env = z.infer<typeof envSchema>;

/** Reads the process settings once, at start-up; a wrong value stops the process with its name. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid settings:\n${lines.join('\n')}`);
  }
  const env = result.data;
  if (env.NODE_ENV === 'production' && env.DATABASE_URL && !env.DATABASE_APP_URL) {
    throw new Error('Invalid settings:\n  DATABASE_APP_URL: required in production (the non-owner role)');
  }
  if (env.NODE_ENV === 'production' && env.RESEND_API_KEY && !source.MAIL_FROM_ADDRESS) {
    throw new Error(
      'Invalid settings:\n  MAIL_FROM_ADDRESS: required with RESEND_API_KEY (a verified sender)',
    );
  }
  if (env.NODE_ENV === 'production' && !env.AUTH_SECRET) {
    throw new Error('Invalid settings:\n  AUTH_SECRET: required in production (at least 32 characters)');
  }
  if (env.NODE_ENV === 'production' && !env.HEALTH_DATA_KEY) {
    throw new Error('Invalid settings:\n  HEALTH_DATA_KEY: required in production (32 bytes, base64)');
  }
  return env;
}

/** Known to everyone, so only ever used outside production. */
const DEVELOPMENT_AUTH_SECRET = 'communa-development-secret-not-for-production';

export function authSecret(env: Env): string {
  return env.AUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET;
}

export function publicUrl(env: Env): string {
  return env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
}
