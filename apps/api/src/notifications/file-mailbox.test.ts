import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileMailbox } from './file-mailbox.ts';
import type { MailMessage } from './mail-message.ts';
import type { MailSendResult } from './mail-transport.ts';

const message = (overrides: Partial<MailMessage> = {}): MailMessage => ({
  to: 'parent@example.be',
  from: '"Ville de Liège" <no-reply@communa.test>',
  subject: 'Votre code de connexion',
  html: '<p>123456</p>',
  text: '123456',
  idempotencyKey: `test/${randomUUID()}`,
  ...overrides,
});

function idOf(result: MailSendResult): string {
  if (!result.ok) throw new Error(result.failure.message);
  return result.id;
}

describe('FileMailbox', () => {
  let dir: string;
  let clock: number;
  let mailbox: FileMailbox;

  beforeEach(async () => {
    dir = path.join(await mkdtemp(path.join(tmpdir(), 'communa-mail-')), 'mail');
    clock = Date.parse('2026-06-01T08:00:00.000Z');
    mailbox = new FileMailbox(dir, { now: () => new Date(clock) });
  });
  afterEach(() => rm(path.dirname(dir), { recursive: true, force: true }));

  it('writes each message as a JSON file named by time and id, and reads it back', async () => {
    const sent = message({ replyTo: 'info@liege.be', tags: [{ name: 'tenant', value: 'liege' }] });
    const id = idOf(await mailbox.send(sent));
    const files = await readdir(dir);
    expect(files).toEqual([`2026-06-01T08-00-00-000Z_${id}.json`]);
    const stored = { id, sentAt: '2026-06-01T08:00:00.000Z', message: sent };
    expect(JSON.parse(await readFile(path.join(dir, files[0] ?? ''), 'utf8'))).toEqual(stored);
    expect(await mailbox.read(id)).toEqual(stored);
  });

  it('lists newest first', async () => {
    idOf(await mailbox.send(message({ subject: 'first' })));
    clock += 1000;
    idOf(await mailbox.send(message({ subject: 'second' })));
    clock += 1;
    idOf(await mailbox.send(message({ subject: 'third' })));
    expect((await mailbox.list()).map((mail) => mail.message.subject)).toEqual(['third', 'second', 'first']);
    expect((await mailbox.list({ limit: 2 })).map((mail) => mail.message.subject)).toEqual([
      'third',
      'second',
    ]);
  });

  it('stores a message sent again with the same idempotency key once, under the same id', async () => {
    const sent = message();
    const first = idOf(await mailbox.send(sent));
    clock += 5000;
    expect(idOf(await mailbox.send(sent))).toBe(first);
    expect(await mailbox.list()).toHaveLength(1);
  });

  it('refuses a message that is not well-formed, like Resend, for good', async () => {
    const result = await mailbox.send(message({ to: 'not an address' }));
    expect(result).toMatchObject({ ok: false, failure: { retryable: false, code: 'validation_error' } });
    expect(await mailbox.list()).toEqual([]);
  });

  it('answers empty before the first message and for unknown or malformed ids', async () => {
    expect(await mailbox.list()).toEqual([]);
    expect(await mailbox.read('0'.repeat(32))).toBeUndefined();
    idOf(await mailbox.send(message()));
    expect(await mailbox.read('0'.repeat(32))).toBeUndefined();
    expect(await mailbox.read('../../etc/passwd')).toBeUndefined();
  });

  it('leaves out files that are not messages', async () => {
    const id = idOf(await mailbox.send(message()));
    await writeFile(path.join(dir, `2099-01-01T00-00-00-000Z_${'a'.repeat(32)}.json`), '{ broken');
    await writeFile(path.join(dir, `2099-01-01T00-00-00-000Z_${'b'.repeat(32)}.json`), '{"id":"x"}');
    await writeFile(path.join(dir, 'notes.txt'), 'hello');
    expect((await mailbox.list()).map((mail) => mail.id)).toEqual([id]);
    expect(await mailbox.read('a'.repeat(32))).toBeUndefined();
  });
});
