import { expect } from 'vitest';

export interface DevMail {
  id: string;
  message: { to: string; subject: string; text: string };
}

/** The development mailbox's e-mails to `to`, newest first. */
export async function mailsTo(apiUrl: string, to: string): Promise<DevMail[]> {
  const res = await fetch(`${apiUrl}/dev/mail.json?to=${encodeURIComponent(to)}`);
  return ((await res.json()) as { mails: DevMail[] }).mails;
}

/** How many e-mails `to` has received so far, to wait for the next one. */
export async function mailCount(apiUrl: string, to: string): Promise<number> {
  return (await mailsTo(apiUrl, to)).length;
}

/**
 * Waits for an e-mail to `to` after the first `seen` ones (newest first in the mailbox) whose text
 * matches `pattern`, and gives the match. E-mails sent by jobs take a poll of the queue or more.
 */
export async function awaitMail(
  apiUrl: string,
  to: string,
  pattern: RegExp,
  seen = 0,
): Promise<RegExpMatchArray> {
  let found: RegExpMatchArray | null = null;
  await expect
    .poll(
      async () => {
        const mails = await mailsTo(apiUrl, to);
        const fresh = mails.slice(0, Math.max(0, mails.length - seen));
        found = fresh.map((mail) => mail.message.text.match(pattern)).find((match) => match !== null) ?? null;
        return found !== null;
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  if (!found) throw new Error(`no mail to ${to} matching ${pattern}`);
  return found;
}
