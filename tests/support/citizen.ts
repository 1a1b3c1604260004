import { awaitMail, mailCount } from './dev-mailbox.ts';

/**
 * A citizen's bearer token for `tenant`, signed in as a widget does (e-mailed code from the
 * development mailbox), from Node: for tests that need a citizen's data in place.
 */
export async function citizenToken(apiUrl: string, tenant: string, email: string): Promise<string> {
  const headers = { 'Content-Type': 'application/json', 'X-Communa-Tenant': tenant };
  const seen = await mailCount(apiUrl, email);
  const sent = await fetch(`${apiUrl}/api/auth/email-otp/send-verification-otp`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email, type: 'sign-in' }),
  });
  if (!sent.ok) throw new Error(`sending the code failed: ${sent.status} ${await sent.text()}`);
  const [otp] = await awaitMail(apiUrl, email, /\b\d{6}\b/, seen);
  const signedIn = await fetch(`${apiUrl}/api/auth/sign-in/email-otp`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email, otp }),
  });
  const token = signedIn.headers.get('set-auth-token');
  if (!token) throw new Error(`sign-in failed: ${signedIn.status} ${await signedIn.text()}`);
  return token;
}

/** Calls the citizen API with the token; throws unless it succeeds. */
export async function asCitizen(
  apiUrl: string,
  token: string,
  method: 'PUT' | 'POST',
  path: string,
  body: object,
): Promise<void> {
  const res = await fetch(`${apiUrl}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
}
