import type { ErrorResponse } from 'resend';
import { Resend } from 'resend';
import type { MailMessage } from './mail-message.ts';
import type { MailFailure, MailSendResult, MailTransport } from './mail-transport.ts';

export interface ResendTransportOptions {
  apiKey: string;
  /** Another API origin (the fake server in tests); default: Resend's own. */
  baseUrl?: string | undefined;
  /** A send that hangs longer than this counts as a retryable failure. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** Sends through the Resend SDK, which answers `{ data, error }` rather than throwing. */
export function createResendTransport(options: ResendTransportOptions): MailTransport {
  const client = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    kind: 'resend',
    async send(message: MailMessage): Promise<MailSendResult> {
      const { data, error, headers } = await client.emails.send(
        {
          from: message.from,
          to: message.to,
          subject: message.subject,
          html: message.html,
          text: message.text,
          ...(message.replyTo ? { replyTo: message.replyTo } : {}),
          ...(message.tags ? { tags: message.tags } : {}),
          ...(message.attachments
            ? {
                attachments: message.attachments.map((file) => ({
                  filename: file.filename,
                  contentType: file.contentType,
                  content: file.contentBase64,
                })),
              }
            : {}),
        },
        { idempotencyKey: message.idempotencyKey, signal: AbortSignal.timeout(timeoutMs) },
      );
      if (error) return { ok: false, failure: resendFailure(error, headers) };
      return { ok: true, id: data.id };
    },
  };
}

/**
 * Rate limits (429) and server errors (5xx) pass, so a later attempt may succeed; any other 4xx
 * means the message or the account is wrong and sending it again would fail the same way. A
 * concurrent request with the same idempotency key is the one 4xx that clears by itself.
 */
export function resendFailure(error: ErrorResponse, headers: Record<string, string> | null): MailFailure {
  const status = typeof error.statusCode === 'number' ? error.statusCode : null;
  const retryable =
    status === null || status === 429 || status >= 500 || error.name === 'concurrent_idempotent_requests';
  const retryAfter = Number(headers?.['retry-after']);
  return {
    retryable,
    status,
    code: error.name,
    message: error.message,
    ...(Number.isFinite(retryAfter) && retryAfter >= 0 ? { retryAfterSeconds: retryAfter } : {}),
  };
}
