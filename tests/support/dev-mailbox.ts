import { expect } from 'vitest';

export interface DevMail {
  id: string;
  message: { to: string; subject: string; text: string };
}

/** The newest e-mail to `to` in the development mailbox matching `pattern`, waiting for it to arrive. */
export async function awaitMail(apiUrl: string, to: string, pattern: RegExp): Promise<RegExpMatchArray> {
  let found: RegExpMatchArray | null = null;
  await expect
    .poll(async () => {
      const res = await fetch(`${apiUrl}/dev/mail.json?to=${encodeURIComponent(to)}`);
      const { mails } = (await res.json()) as { mails: DevMail[] };
      found = mails[0]?.message.text.match(pattern) ?? null;
      return found !== null;
    })
    .toBe(true);
  if (!found) throw new Error(`no mail to ${to} matching ${pattern}`);
  return found;
}

/** The six-digit sign-in code last mailed to `to`. */
export async function awaitSignInCode(apiUrl: string, to: string): Promise<string> {
  const [code] = await awaitMail(apiUrl, to, /\b\d{6}\b/);
  return code;
}
