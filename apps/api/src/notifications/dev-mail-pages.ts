import { createHash } from 'node:crypto';
import { html, raw } from 'hono/html';
import type { StoredMail } from './file-mailbox.ts';

export const DEV_MAIL_PATH = '/dev/mail';

const STYLE = `
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fafafa; }
main { max-width: 960px; margin: 0 auto; padding: 24px; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: 8px 12px; border-bottom: 1px solid #e4e4e7; vertical-align: top; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
dt { font-weight: bold; }
dd { margin: 0; word-break: break-all; }
iframe { width: 100%; height: 640px; border: 1px solid #d4d4d8; background: #fff; }
pre { white-space: pre-wrap; background: #fff; border: 1px solid #d4d4d8; padding: 16px; }
a:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
`;

/** Pages of our own with no script at all; the one stylesheet is allowed by its hash. */
export const DEV_MAIL_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "frame-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * For the message's own HTML, shown in a frame of the detail page: no script, no request to
 * anywhere, and sandboxed even when opened directly.
 */
export const MAIL_HTML_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox";

const sentAtFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'short',
  timeStyle: 'medium',
  timeZone: 'Europe/Brussels',
});

const sentAt = (mail: StoredMail) =>
  html`<time datetime="${mail.sentAt}">${sentAtFormat.format(new Date(mail.sentAt))}</time>`;

function page(title: string, body: unknown) {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — Communa dev mailbox</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

export function mailListPage(mails: readonly StoredMail[], dir: string) {
  const rows = mails.map(
    (mail) => html`<tr>
<td>${sentAt(mail)}</td>
<td>${mail.message.to}</td>
<td><a href="${DEV_MAIL_PATH}/${mail.id}">${mail.message.subject}</a></td>
</tr>`,
  );
  return page(
    'Mail',
    html`<h1>Dev mailbox</h1>
<p>Messages written to <code>${dir}</code>, newest first. None of them has left this machine.</p>
${
  mails.length === 0
    ? html`<p>No mail yet.</p>`
    : html`<table>
<thead><tr><th scope="col">Sent</th><th scope="col">To</th><th scope="col">Subject</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
}`,
  );
}

export function mailDetailPage(mail: StoredMail) {
  const { message } = mail;
  const tags = (message.tags ?? []).map((tag) => `${tag.name}=${tag.value}`).join(', ');
  return page(
    message.subject,
    html`<p><a href="${DEV_MAIL_PATH}">All mail</a></p>
<h1>${message.subject}</h1>
<dl>
<dt>Sent</dt><dd>${sentAt(mail)}</dd>
<dt>From</dt><dd>${message.from}</dd>
<dt>To</dt><dd>${message.to}</dd>
${message.replyTo ? html`<dt>Reply to</dt><dd>${message.replyTo}</dd>` : ''}
${tags ? html`<dt>Tags</dt><dd>${tags}</dd>` : ''}
<dt>Idempotency key</dt><dd>${message.idempotencyKey}</dd>
</dl>
<h2>HTML part</h2>
<iframe sandbox src="${DEV_MAIL_PATH}/${mail.id}/html" title="HTML part of the message"></iframe>
<h2>Text part</h2>
<pre>${linkified(message.text)}</pre>`,
  );
}

/** Links in the text part become clickable (the framed HTML part is sandboxed, so its links are not). */
function linkified(text: string) {
  return text
    .split(/(https?:\/\/\S+)/)
    .map((part, index) => (index % 2 === 1 ? html`<a href="${part}" rel="noreferrer">${part}</a>` : part));
}
