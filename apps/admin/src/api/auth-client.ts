import { type ApiResult, networkFailure, problemCode } from './api-result.ts';

/**
 * Calls to better-auth's own routes (`/api/auth/*`), which are not in the OpenAPI document. The
 * session is a first-party cookie; no tenant header, so e-mails carry the platform's name.
 */
const AUTH_BASE = '/api/auth';

async function post(path: string, body: object): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`${AUTH_BASE}${path}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return networkFailure;
  }
  const answer: unknown = await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, data: answer };
  return { ok: false, status: response.status, code: problemCode(answer, response.status) };
}

const done = (result: ApiResult<unknown>): ApiResult<null> => (result.ok ? { ok: true, data: null } : result);

/** `second-factor`: the password was right and the account asks for its TOTP code next. */
export type PasswordOutcome = 'signed-in' | 'second-factor';

export async function signInWithPassword(
  email: string,
  password: string,
): Promise<ApiResult<PasswordOutcome>> {
  const result = await post('/sign-in/email', { email, password });
  if (!result.ok) return result;
  const redirect =
    result.data !== null && typeof result.data === 'object' && 'twoFactorRedirect' in result.data
      ? result.data.twoFactorRedirect === true
      : false;
  return { ok: true, data: redirect ? 'second-factor' : 'signed-in' };
}

export async function sendEmailCode(email: string): Promise<ApiResult<null>> {
  return done(await post('/email-otp/send-verification-otp', { email, type: 'sign-in' }));
}

export async function signInWithEmailCode(email: string, otp: string): Promise<ApiResult<null>> {
  return done(await post('/sign-in/email-otp', { email, otp }));
}

/** Completes a password sign-in, confirms a live session, or finishes enrolment: the same call. */
export async function verifyTotp(code: string): Promise<ApiResult<null>> {
  return done(await post('/two-factor/verify-totp', { code }));
}

export async function verifyBackupCode(code: string): Promise<ApiResult<null>> {
  return done(await post('/two-factor/verify-backup-code', { code }));
}

export interface Enrolment {
  totpURI: string;
  backupCodes: string[];
}

/** Starts TOTP enrolment; the password is asked only of people who have one. */
export async function enableTwoFactor(password: string | undefined): Promise<ApiResult<Enrolment>> {
  const result = await post('/two-factor/enable', password === undefined ? {} : { password });
  if (!result.ok) return result;
  const body = result.data;
  if (
    body !== null &&
    typeof body === 'object' &&
    'totpURI' in body &&
    typeof body.totpURI === 'string' &&
    'backupCodes' in body &&
    Array.isArray(body.backupCodes)
  ) {
    const backupCodes = body.backupCodes.filter((code): code is string => typeof code === 'string');
    return { ok: true, data: { totpURI: body.totpURI, backupCodes } };
  }
  return { ok: false, status: 200, code: 'server_error' };
}

export async function signOut(): Promise<ApiResult<null>> {
  return done(await post('/sign-out', {}));
}
