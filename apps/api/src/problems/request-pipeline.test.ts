import { createRoute, z } from '@hono/zod-openapi';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.ts';
import { createOfflineApp } from '../testing/offline-app.ts';
import { ProblemError, problemSchema } from './problem.ts';

// The shared request pipeline (validation hook, body limit, error handler) on a write route
// declared like the real ones: bad input is a 4xx problem and never reaches the handler.
const echoRoute = createRoute({
  method: 'post',
  path: '/v1/pipeline-probe',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.strictObject({ name: z.string().min(1), age: z.number().int().min(0) }),
        },
      },
    },
  },
  responses: {
    200: { description: 'ok', content: { 'application/json': { schema: z.object({ ok: z.boolean() }) } } },
  },
});

describe('request pipeline', () => {
  let app: App;
  let reached = 0;
  beforeAll(async () => {
    app = await createOfflineApp({ bodyLimitBytes: 2048 });
    app.openapi(echoRoute, (c) => {
      reached += 1;
      c.req.valid('json');
      return c.json({ ok: true }, 200);
    });
    app.get('/v1/pipeline-probe/throws', () => {
      throw new Error('boom with a secret');
    });
    app.get('/v1/pipeline-probe/problem', () => {
      throw new ProblemError({ code: 'seat_taken', status: 409, title: 'Taken' }, 'That seat is taken');
    });
  });

  const post = (body: string, contentType = 'application/json') =>
    app.request('/v1/pipeline-probe', { method: 'POST', body, headers: { 'content-type': contentType } });

  it('accepts a valid body', async () => {
    const before = reached;
    const res = await post(JSON.stringify({ name: 'Lou', age: 7 }));
    expect(res.status).toBe(200);
    expect(reached).toBe(before + 1);
  });

  it('answers 400 malformed_body for broken JSON', async () => {
    const before = reached;
    const res = await post('{"name": "Lou",');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(problemSchema.parse(await res.json()).code).toBe('malformed_body');
    expect(reached).toBe(before);
  });

  it('rejects unknown fields, one error per field', async () => {
    const res = await post(JSON.stringify({ name: 'Lou', age: 7, admin: true, role: 'x' }));
    expect(res.status).toBe(400);
    const problem = problemSchema.parse(await res.json());
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors).toEqual([
      { path: 'admin', code: 'unknown_field', message: 'Unknown field “admin”' },
      { path: 'role', code: 'unknown_field', message: 'Unknown field “role”' },
    ]);
  });

  it('names each wrong field with a stable code', async () => {
    const res = await post(JSON.stringify({ name: '', age: 'seven' }));
    const problem = problemSchema.parse(await res.json());
    expect(problem.errors?.map((e) => [e.path, e.code])).toEqual([
      ['name', 'too_small'],
      ['age', 'invalid_type'],
    ]);
  });

  it('answers 413 for an oversized body, before parsing it', async () => {
    const before = reached;
    const res = await post(JSON.stringify({ name: 'x'.repeat(4096), age: 1 }));
    expect(res.status).toBe(413);
    expect(problemSchema.parse(await res.json()).code).toBe('payload_too_large');
    expect(reached).toBe(before);
  });

  it('keeps a declared problem’s status and code', async () => {
    const res = await app.request('/v1/pipeline-probe/problem');
    expect(res.status).toBe(409);
    expect(problemSchema.parse(await res.json())).toMatchObject({
      code: 'seat_taken',
      detail: 'That seat is taken',
    });
  });

  it('hides an unexpected failure behind a bare 500', async () => {
    const res = await app.request('/v1/pipeline-probe/throws');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('secret');
    expect(problemSchema.parse(JSON.parse(text)).code).toBe('internal_error');
  });

  it('has no development mailbox unless one is given (production)', async () => {
    expect((await app.request('/dev/mail')).status).toBe(404);
  });
});
