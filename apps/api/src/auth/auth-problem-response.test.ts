import { describe, expect, it } from 'vitest';
import { problemSchema } from '../problems/problem.ts';
import { toAuthProblemResponse } from './auth-problem-response.ts';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('toAuthProblemResponse', () => {
  it('leaves successful answers alone', async () => {
    const ok = json(200, { token: 't' });
    expect(await toAuthProblemResponse(ok, 'req-1')).toBe(ok);
  });

  it('turns a known better-auth error into our problem', async () => {
    const res = await toAuthProblemResponse(
      json(400, { code: 'INVALID_OTP', message: 'Invalid OTP' }),
      'req-1',
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(problemSchema.parse(await res.json())).toMatchObject({
      code: 'sign_in_code_invalid',
      requestId: 'req-1',
    });
  });

  it('keeps an unknown code, in snake case, with its status', async () => {
    const res = await toAuthProblemResponse(
      json(403, { code: 'SESSION_NOT_FRESH', message: 'Not fresh' }),
      'r',
    );
    expect(res.status).toBe(403);
    expect(problemSchema.parse(await res.json())).toMatchObject({
      code: 'session_not_fresh',
      title: 'Not fresh',
    });
  });

  it('answers 429 as rate_limited with Retry-After', async () => {
    const res = await toAuthProblemResponse(
      json(429, { message: 'Too many' }, { 'x-retry-after': '42' }),
      'r',
    );
    expect(res.headers.get('retry-after')).toBe('42');
    expect(problemSchema.parse(await res.json()).code).toBe('rate_limited');
  });

  it('turns a bare-text 404 into not_found', async () => {
    const res = await toAuthProblemResponse(new Response('Not Found', { status: 404 }), 'r');
    expect(problemSchema.parse(await res.json()).code).toBe('not_found');
  });
});
