import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { MailMessage } from './mail-message.ts';
import { mailMessageSchema } from './mail-message.ts';
import type { MailSendResult, MailTransport } from './mail-transport.ts';

const storedMailSchema = z.strictObject({
  id: z.string(),
  sentAt: z.iso.datetime(),
  message: mailMessageSchema,
});

export type StoredMail = z.infer<typeof storedMailSchema>;

const MAIL_ID = /^[0-9a-f]{32}$/;
const MAIL_FILE = /^[0-9TZ-]+_([0-9a-f]{32})\.json$/;

export interface FileMailboxOptions {
  now?: () => Date;
}

/**
 * Mail that leaves nowhere: each message is a JSON file in one folder, named by time then id, so
 * a directory listing is already in sending order. Used without a Resend key and for sandbox
 * communes; read back by the dev mailbox pages and by tests.
 */
export class FileMailbox implements MailTransport {
  readonly kind = 'file';
  readonly dir: string;
  readonly #now: () => Date;

  constructor(dir: string, options: FileMailboxOptions = {}) {
    this.dir = dir;
    this.#now = options.now ?? (() => new Date());
  }

  /** Like Resend, the same idempotency key gives the same id and stores the message once. */
  async send(message: MailMessage): Promise<MailSendResult> {
    // Refused as Resend would refuse it, so a bad message fails the same way in development.
    const valid = mailMessageSchema.safeParse(message);
    if (!valid.success) {
      const failure = {
        retryable: false,
        status: null,
        code: 'validation_error',
        message: valid.error.message,
      };
      return { ok: false, failure };
    }
    const id = createHash('sha256').update(message.idempotencyKey).digest('hex').slice(0, 32);
    await mkdir(this.dir, { recursive: true });
    if (await this.#fileOf(id)) return { ok: true, id };
    const sentAt = this.#now().toISOString();
    const stored: StoredMail = { id, sentAt, message: valid.data };
    const name = `${sentAt.replace(/[:.]/g, '-')}_${id}.json`;
    // Written aside then renamed, so a reader never sees half a file.
    const temporary = path.join(this.dir, `.${name}.tmp`);
    await writeFile(temporary, `${JSON.stringify(stored, null, 2)}\n`, 'utf8');
    await rename(temporary, path.join(this.dir, name));
    return { ok: true, id };
  }

  /** Newest first. Files that are not well-formed messages are left out rather than failing the list. */
  async list(options: { limit?: number } = {}): Promise<StoredMail[]> {
    const names = (await this.#names()).sort().reverse().slice(0, options.limit);
    const mails = await Promise.all(names.map((name) => this.#load(name)));
    return mails.filter((mail) => mail !== undefined);
  }

  async read(id: string): Promise<StoredMail | undefined> {
    if (!MAIL_ID.test(id)) return undefined;
    const name = await this.#fileOf(id);
    return name ? this.#load(name) : undefined;
  }

  async #names(): Promise<string[]> {
    try {
      return (await readdir(this.dir)).filter((name) => MAIL_FILE.test(name));
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }

  async #fileOf(id: string): Promise<string | undefined> {
    return (await this.#names()).find((name) => MAIL_FILE.exec(name)?.[1] === id);
  }

  async #load(name: string): Promise<StoredMail | undefined> {
    try {
      const parsed = storedMailSchema.safeParse(
        JSON.parse(await readFile(path.join(this.dir, name), 'utf8')),
      );
      return parsed.success ? parsed.data : undefined;
    } catch (error) {
      if (error instanceof SyntaxError || isMissing(error)) return undefined;
      throw error;
    }
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
