import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MailMessage } from './mail-message.ts';
import type { MailSendResult } from './mail-transport.ts';
import { createResendTransport, resendFailure } from './resend-transport.ts';
import type { FakeResendServer } from './testing/fake-resend-server.ts';
import { startFakeResendServer } from './testing/fake-resend-server.ts';

const message = (overrides: Partial<MailMessage> = {}): MailMessage => ({
  to: 'parent@example.be',
  from: '"Ville de Liège" <no-reply@communa.test>',
  replyTo: 'info@liege.be',
  subject: 'Votre code de connexion',
  html: '<p>Code <b>123456</b></p>',
  text: 'Code 123456',
  tags: [{ name: 'tenant', value: 'liege' }],
  idempotencyKey: `sign-in-code/${randomUUID()}`,
  ...overrides,
});

function failureOf(result: MailSendResult) {
  if (result.ok) throw new Error(`expected a failure, got delivery ${result.id}`);
  return result.failure;
}

describe('Resend transport, through the real SDK against the fake Resend server', () => {
  let server: FakeResendServer;
  const transport = () => createResendTransport({ apiKey: server.apiKey, baseUrl: server.url });

  beforeAll(async () => {
    server = await startFakeResendServer();
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  it('delivers a message once, with the bearer key, the idempotency key and every part', async () => {
    const sent = message();
    const result = await transport().send(sent);
    expect(result).toEqual({ ok: true, id: server.delivered[0]?.id });
    expect(server.delivered).toHaveLength(1);
    expect(server.delivered[0]?.payload).toEqual({
      from: sent.from,
      to: 'parent@example.be',
      subject: sent.subject,
      html: sent.html,
      text: sent.text,
      reply_to: 'info@liege.be',
      tags: [{ name: 'tenant', value: 'liege' }],
    });
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      path: '/emails',
      authorization: `Bearer ${server.apiKey}`,
      idempotencyKey: sent.idempotencyKey,
    });
  });

  it('delivers a retried send with the same idempotency key only once, under the same id', async () => {
    const sent = message();
    const first = await transport().send(sent);
    const retry = await transport().send(sent);
    expect(first.ok && retry.ok).toBe(true);
    expect(retry).toEqual(first);
    expect(server.requests).toHaveLength(2);
    expect(server.delivered).toHaveLength(1);
  });

  it('refuses to reuse an idempotency key for another message, for good', async () => {
    const sent = message();
    await transport().send(sent);
    const failure = failureOf(await transport().send({ ...sent, subject: 'Something else' }));
    expect(failure).toMatchObject({ retryable: false, status: 409, code: 'invalid_idempotent_request' });
    expect(server.delivered).toHaveLength(1);
  });

  it('maps 429 to a retryable failure with the wait asked for; the retry then goes through once', async () => {
    server.failNext(429);
    const sent = message();
    const failure = failureOf(await transport().send(sent));
    expect(failure).toMatchObject({
      retryable: true,
      status: 429,
      code: 'rate_limit_exceeded',
      retryAfterSeconds: 1,
    });
    expect(server.delivered).toHaveLength(0);
    expect((await transport().send(sent)).ok).toBe(true);
    expect(server.delivered).toHaveLength(1);
  });

  it('maps 500 and 503 to retryable failures', async () => {
    server.failNext(500);
    server.failNext(503);
    expect(failureOf(await transport().send(message()))).toMatchObject({ retryable: true, status: 500 });
    expect(failureOf(await transport().send(message()))).toMatchObject({ retryable: true, status: 503 });
    expect(server.delivered).toHaveLength(0);
  });

  it('maps 422 to a failure that is not retried', async () => {
    const failure = failureOf(await transport().send(message({ from: 'not an address' })));
    expect(failure).toMatchObject({ retryable: false, status: 422, code: 'invalid_from_address' });
    server.failNext(422);
    expect(failureOf(await transport().send(message()))).toMatchObject({
      retryable: false,
      status: 422,
      code: 'validation_error',
    });
    expect(server.delivered).toHaveLength(0);
  });

  it('does not retry with a wrong API key', async () => {
    const wrongKey = createResendTransport({ apiKey: 're_wrong', baseUrl: server.url });
    const failure = failureOf(await wrongKey.send(message()));
    expect(failure).toMatchObject({ retryable: false, status: 403, code: 'invalid_api_key' });
    expect(server.requests[0]?.authorization).toBe('Bearer re_wrong');
    expect(server.delivered).toHaveLength(0);
  });

  it('treats no answer at all as retryable', async () => {
    const unreachable = createResendTransport({ apiKey: server.apiKey, baseUrl: 'http://127.0.0.1:9' });
    expect(failureOf(await unreachable.send(message()))).toMatchObject({ retryable: true, status: null });
  });

  it('gives up on a server that never answers, as a retryable failure', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    try {
      const hanging = createResendTransport({
        apiKey: 're_x',
        baseUrl: `http://127.0.0.1:${address.port}`,
        timeoutMs: 200,
      });
      expect(failureOf(await hanging.send(message()))).toMatchObject({ retryable: true, status: null });
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

describe('resendFailure', () => {
  it('retries a concurrent request with the same key, not other conflicts or bad requests', () => {
    const conflict = (name: 'concurrent_idempotent_requests' | 'invalid_idempotent_request') =>
      resendFailure({ statusCode: 409, name, message: '' }, null).retryable;
    expect(conflict('concurrent_idempotent_requests')).toBe(true);
    expect(conflict('invalid_idempotent_request')).toBe(false);
    expect(resendFailure({ statusCode: 400, name: 'invalid_parameter', message: '' }, null).retryable).toBe(
      false,
    );
  });

  it('ignores a retry-after header that is not a number of seconds', () => {
    const failure = resendFailure(
      { statusCode: 429, name: 'rate_limit_exceeded', message: '' },
      { 'retry-after': 'soon' },
    );
    expect(failure).toEqual({ retryable: true, status: 429, code: 'rate_limit_exceeded', message: '' });
  });
});
