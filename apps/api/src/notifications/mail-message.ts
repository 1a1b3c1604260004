import { z } from 'zod';

/** Resend's rule for tag names and values: ASCII letters, digits, underscores and dashes. */
const tagPart = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[A-Za-z0-9_-]+$/);

export const mailTagSchema = z.strictObject({ name: tagPart, value: tagPart });

/** A file sent with the e-mail (a payment QR code), its bytes in base64. */
export const mailAttachmentSchema = z.strictObject({
  filename: z.string().min(1).max(255),
  contentType: z.string().min(3).max(100),
  contentBase64: z.base64().min(1),
});

/**
 * One e-mail to one person. A notification never lists several recipients in one message, so no
 * citizen ever sees another's address.
 */
export const mailMessageSchema = z.strictObject({
  to: z.email(),
  /** An address, or `"Display name" <address>`. */
  from: z.string().min(3).max(320),
  replyTo: z.email().optional(),
  subject: z.string().min(1).max(998),
  html: z.string().min(1),
  text: z.string().min(1),
  tags: z.array(mailTagSchema).max(10).optional(),
  attachments: z.array(mailAttachmentSchema).max(5).optional(),
  /** Same key, same e-mail: a retried job is delivered once (Resend keeps keys for 24 hours). */
  idempotencyKey: z.string().min(1).max(256),
});

export type MailMessage = z.infer<typeof mailMessageSchema>;
export type MailTag = z.infer<typeof mailTagSchema>;
export type MailAttachment = z.infer<typeof mailAttachmentSchema>;
