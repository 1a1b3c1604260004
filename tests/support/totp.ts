import * as OTPAuth from 'otpauth';

/**
 * The current code of an authenticator set up with `totpUri`. When the code would change within
 * a few seconds, the next one is awaited, so the server never sees a code from a closing window.
 */
export async function totpCode(totpUri: string): Promise<string> {
  const totp = OTPAuth.URI.parse(totpUri);
  if (!(totp instanceof OTPAuth.TOTP)) throw new Error(`not a TOTP URI: ${totpUri}`);
  const remaining = totp.period * 1000 - (Date.now() % (totp.period * 1000));
  if (remaining < 3000) await new Promise((resolve) => setTimeout(resolve, remaining + 100));
  return totp.generate();
}
