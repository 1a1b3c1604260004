import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import { z } from 'zod';

/** What the SDK posts to `/emails`, checked as Resend would (the parts we use). */
const addressSchema = z.union([
  z.email(),
  z.string().regex(/^("[^"\r\n]*"|[^<>"\r\n]*) <[^<>\s]+@[^<>\s]+>$/),
]);
const emailPayloadSchema = z
  .object({
    from: addressSchema,
    to: z.union([z.email(), z.array(z.email()).min(1).max(50)]),
    subject: z.string().min(1),
    html: z.string().optional(),
    text: z.string().optional(),
    reply_to: z.union([z.email(), z.array(z.email())]).optional(),
    tags: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
    attachments: z
      .array(
        z.object({
          filename: z.string().min(1),
          content: z.base64().min(1),
          content_type: z.string().optional(),
        }),
      )
      .optional(),
  })
  .refine((payload) => payload.html !== undefined || payload.text !== undefined, {
    message: 'Either html or text is required',
  });

export type FakeResendPayload = z.infer<typeof emailPayloadSchema>;

export interface FakeResendRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  body: string;
}

export interface FakeResendEmail {
  id: string;
  idempotencyKey: string | undefined;
  payload: FakeResendPayload;
}

export interface FakeResendServer {
  /** Base URL to give the SDK (`baseUrl`, or RESEND_BASE_URL). */
  readonly url: string;
  readonly apiKey: string;
  /** Every request received, in order, answered or not. */
  readonly requests: readonly FakeResendRequest[];
  /** Every e-mail accepted for delivery, once per idempotency key. */
  readonly delivered: readonly FakeResendEmail[];
  /** The next `count` authenticated requests answer `status` and deliver nothing. */
  failNext(status: number, count?: number): void;
  reset(): void;
  close(): Promise<void>;
}

const ERROR_NAMES: Record<number, string> = {
  400: 'invalid_parameter',
  401: 'missing_api_key',
  403: 'invalid_api_key',
  404: 'not_found',
  409: 'invalid_idempotent_request',
  422: 'validation_error',
  429: 'rate_limit_exceeded',
};

/**
 * A stand-in for the Resend API on 127.0.0.1 and a random port, answering like the real one:
 * bearer key checked, `{ statusCode, name, message }` errors, idempotency keys honoured (same key
 * and body: same id, nothing delivered again; same key, other body: 409), and failures on demand.
 */
export async function startFakeResendServer(options: { apiKey?: string } = {}): Promise<FakeResendServer> {
  const apiKey = options.apiKey ?? `re_test_${randomUUID().replaceAll('-', '')}`;
  const requests: FakeResendRequest[] = [];
  const delivered: FakeResendEmail[] = [];
  const byKey = new Map<string, { id: string; body: string }>();
  let failures: number[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await text(req);
    const authorization = req.headers.authorization;
    const idempotencyKey = header(req, 'idempotency-key');
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    requests.push({ method: req.method ?? '', path, authorization, idempotencyKey, body });

    if (req.method !== 'POST' || path !== '/emails') return fail(res, 404, 'Route not found');
    if (!authorization?.startsWith('Bearer '))
      return fail(res, 401, 'Missing API key in the authorization header');
    if (authorization !== `Bearer ${apiKey}`) return fail(res, 403, 'API key is invalid');
    const injected = failures.shift();
    if (injected !== undefined) return fail(res, injected, `Failure requested by the test (${injected})`);
    if (idempotencyKey !== undefined && (idempotencyKey.length === 0 || idempotencyKey.length > 256)) {
      return fail(res, 400, 'Idempotency key must be 1 to 256 characters', 'invalid_idempotency_key');
    }

    const parsed = emailPayloadSchema.safeParse(parseJson(body));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const name = issue?.path[0] === 'from' ? 'invalid_from_address' : 'validation_error';
      return fail(res, 422, `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`, name);
    }

    if (idempotencyKey !== undefined) {
      const earlier = byKey.get(idempotencyKey);
      if (earlier && earlier.body !== body) {
        return fail(res, 409, 'Same idempotency key used with a different payload');
      }
      if (earlier) return send(res, 200, { id: earlier.id });
    }
    const id = randomUUID();
    if (idempotencyKey !== undefined) byKey.set(idempotencyKey, { id, body });
    delivered.push({ id, idempotencyKey, payload: parsed.data });
    return send(res, 200, { id });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      fail(res, 500, error instanceof Error ? error.message : 'Fake server failure');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = listeningAddress(server.address());

  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    requests,
    delivered,
    failNext(status, count = 1) {
      failures.push(...Array.from({ length: count }, () => status));
    },
    reset() {
      requests.length = 0;
      delivered.length = 0;
      byKey.clear();
      failures = [];
    },
    close() {
      // The SDK's fetch keeps connections alive; without this, close waits for them to time out.
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

function listeningAddress(address: AddressInfo | string | null): AddressInfo {
  if (address === null || typeof address === 'string')
    throw new Error('The fake Resend server is not on TCP');
  return address;
}

function fail(res: ServerResponse, status: number, message: string, name?: string): void {
  const errorName =
    name ?? ERROR_NAMES[status] ?? (status >= 500 ? 'internal_server_error' : 'application_error');
  // Resend tells a rate-limited client when to come back.
  if (status === 429) res.setHeader('retry-after', '1');
  send(res, status, { statusCode: status, name: errorName, message });
}

function send(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
