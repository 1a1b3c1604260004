/**
 * Calls to the sign-in endpoints (`/api/auth/*`, served by better-auth, outside the OpenAPI
 * document). Never rejects: every failure becomes an `AuthError` a message is chosen from.
 */
export type AuthError =
  | 'code-invalid'
  | 'code-expired'
  | 'code-locked'
  | 'rate-limited'
  | 'tenant'
  | 'unauthorized'
  | 'network'
  | 'server';

export type AuthResult<T> = ({ ok: true } & T) | { ok: false; error: AuthError };

export interface AuthContext {
  apiBase: string;
  tenant: string;
  lang: string;
}

const PROBLEM_ERRORS: Readonly<Record<string, AuthError>> = {
  sign_in_code_invalid: 'code-invalid',
  sign_in_code_expired: 'code-expired',
  sign_in_code_locked: 'code-locked',
  rate_limited: 'rate-limited',
  tenant_not_found: 'tenant',
  tenant_required: 'tenant',
  unauthorized: 'unauthorized',
};

export function sendSignInCode(ctx: AuthContext, email: string): Promise<AuthResult<object>> {
  return call(ctx, '/email-otp/send-verification-otp', { body: { email, type: 'sign-in' } }, () => ({}));
}

export function verifySignInCode(
  ctx: AuthContext,
  email: string,
  otp: string,
): Promise<AuthResult<{ token: string }>> {
  return call(ctx, '/sign-in/email-otp', { body: { email, otp } }, (response, body) => {
    const token = response.headers.get('set-auth-token') ?? stringField(body, 'token');
    return token ? { token } : undefined;
  });
}

/** The signed-in person: identity is global, the same for every commune. */
export interface Person {
  email: string;
  name: string;
  language: string | null;
}

export function readSession(ctx: AuthContext, token: string): Promise<AuthResult<{ person: Person }>> {
  return call(ctx, '/get-session', { token, method: 'GET' }, (_response, body) => {
    const user = body && typeof body === 'object' && 'user' in body ? body.user : undefined;
    const email = stringField(user, 'email');
    const person = {
      email: email ?? '',
      name: stringField(user, 'name') ?? '',
      language: stringField(user, 'language') ?? null,
    };
    return email ? { person } : undefined;
  });
}

/** Saves the name and preferred language (better-auth's `update-user`). */
export function updateProfile(
  ctx: AuthContext,
  token: string,
  profile: { name: string; language: string },
): Promise<AuthResult<object>> {
  return call(ctx, '/update-user', { token, body: profile }, () => ({}));
}

export function signOut(ctx: AuthContext, token: string, everywhere: boolean): Promise<AuthResult<object>> {
  return call(ctx, everywhere ? '/revoke-sessions' : '/sign-out', { token, body: {} }, () => ({}));
}

async function call<T extends object>(
  ctx: AuthContext,
  path: string,
  options: { body?: object; token?: string; method?: 'GET' | 'POST' },
  read: (response: Response, body: unknown) => T | undefined,
): Promise<AuthResult<T>> {
  const headers: Record<string, string> = { 'X-Communa-Tenant': ctx.tenant, 'Accept-Language': ctx.lang };
  if (options.body) headers['Content-Type'] = 'application/json';
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(`${ctx.apiBase}/api/auth${path}`, {
      method: options.method ?? 'POST',
      headers,
      ...(options.body ? { body: JSON.stringify(options.body) } : {}),
    });
  } catch {
    return { ok: false, error: 'network' };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const value = read(response, body);
    return value ? { ok: true, ...value } : { ok: false, error: options.token ? 'unauthorized' : 'server' };
  }
  const code = stringField(body, 'code');
  const known = code ? PROBLEM_ERRORS[code] : undefined;
  if (known) return { ok: false, error: known };
  if (response.status === 401) return { ok: false, error: 'unauthorized' };
  if (response.status === 429) return { ok: false, error: 'rate-limited' };
  return { ok: false, error: 'server' };
}

function stringField(value: unknown, field: string): string | undefined {
  if (!value || typeof value !== 'object' || !(field in value)) return undefined;
  const found: unknown = (value as Record<string, unknown>)[field];
  return typeof found === 'string' && found ? found : undefined;
}
