import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../problems/problem.ts';
import type { TestPlatform } from '../testing/test-platform.ts';
import { startTestPlatform } from '../testing/test-platform.ts';

describe('GET /v1/tenants/{tenant}: errors', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  it.each(['nowhere', 'LIEGE', 'li%C3%A8ge', 'a'.repeat(64)])(
    'answers 404 problem+json for unknown commune %s',
    async (slug) => {
      const res = await t.app.request(`/v1/tenants/${slug}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      const problem = problemSchema.parse(await res.json());
      expect(problem).toMatchObject({ status: 404, code: 'tenant_not_found' });
      expect(problem.requestId).toBe(res.headers.get('x-request-id'));
    },
  );

  it('answers 404 for a slug too long to be one, never 5xx', async () => {
    const res = await t.app.request(`/v1/tenants/${'x'.repeat(5000)}`);
    expect(res.status).toBe(404);
  });

  it('answers 404 for a deactivated commune', async () => {
    const owner = postgres(t.database.ownerUrl, { max: 1, onnotice: () => {} });
    try {
      await owner`update tenants set active = false where slug = 'charleroi'`;
    } finally {
      await owner.end();
    }
    t.platform.tenants.invalidate('charleroi');
    expect((await t.app.request('/v1/tenants/charleroi')).status).toBe(404);
  });

  it('answers 404 problem+json for an unknown route', async () => {
    const res = await t.app.request('/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(problemSchema.parse(await res.json()).code).toBe('not_found');
  });
});
