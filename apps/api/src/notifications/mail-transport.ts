import type { MailMessage } from './mail-message.ts';

/** Why a message was not accepted, and whether sending it again later may work. */
export interface MailFailure {
  retryable: boolean;
  /** The provider's HTTP status; null without an HTTP answer (network failure, timeout, file mailbox). */
  status: number | null;
  /** The provider's stable error name, such as `rate_limit_exceeded`. */
  code: string;
  message: string;
  /** Seconds the provider asked us to wait, when it said so. */
  retryAfterSeconds?: number;
}

export type MailSendResult = { ok: true; id: string } | { ok: false; failure: MailFailure };

/** Somewhere a message can be handed to: the Resend API or the local file mailbox. */
export interface MailTransport {
  readonly kind: 'resend' | 'file';
  send(message: MailMessage): Promise<MailSendResult>;
}
