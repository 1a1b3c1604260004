import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../problems/problem.ts';
import type { TestPlatform } from '../testing/test-platform.ts';
import { startTestPlatform } from '../testing/test-platform.ts';

describe('stage catalogue: bad requests', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(() => t.close());

  const problem = async (path: string, status: number) => {
    const res = await t.app.request(path);
    expect(res.status, path).toBe(status);
    expect(res.headers.get('content-type'), path).toBe('application/problem+json');
    return problemSchema.parse(await res.json());
  };
  const fieldErrors = async (query: string) =>
    (await problem(`/v1/tenants/liege/stages${query}`, 400)).errors?.map((e) => [e.path, e.code]);

  it('refuses unknown query parameters, one error each', async () => {
    expect(await fieldErrors('?colour=red&week=2027-W28&limit=5')).toEqual([
      ['colour', 'unknown_field'],
      ['limit', 'unknown_field'],
    ]);
    expect(await fieldErrors('?Week=2027-W28')).toEqual([['Week', 'unknown_field']]);
  });

  it('refuses a week that is neither an ISO week nor a date', async () => {
    for (const week of ['2027-W54', '2027-W00', '2027-28', '2027-02-30', 'next', '']) {
      expect(await fieldErrors(`?week=${week}`), week).toEqual([['week', 'custom']]);
    }
    expect((await t.app.request('/v1/tenants/liege/stages?week=2026-W53')).status).toBe(200);
  });

  it('refuses ages, birth dates, categories and places that cannot be', async () => {
    expect(await fieldErrors('?age=seven')).toEqual([['age', 'invalid_type']]);
    expect(await fieldErrors('?age=7.5')).toEqual([['age', 'invalid_type']]);
    expect(await fieldErrors('?age=-1')).toEqual([['age', 'too_small']]);
    expect(await fieldErrors('?age=26')).toEqual([['age', 'too_big']]);
    expect(await fieldErrors('?birthDate=2019-02-29')).toEqual([['birthDate', 'custom']]);
    expect(await fieldErrors('?birthDate=12/04/2019')).toEqual([['birthDate', 'custom']]);
    expect(await fieldErrors('?category=chess')).toEqual([['category', 'invalid_value']]);
    expect(await fieldErrors('?place=../../etc')).toEqual([['place', 'invalid_format']]);
  });

  it('names the commune and the stage that do not exist', async () => {
    expect((await problem('/v1/tenants/namur/stages', 404)).code).toBe('tenant_not_found');
    expect((await problem('/v1/tenants/namur/stages/multisports', 404)).code).toBe('tenant_not_found');
    const missing = await problem('/v1/tenants/liege/stages/plongee', 404);
    expect(missing).toMatchObject({ code: 'stage_not_found', detail: 'No stage “plongee” in this commune' });
  });

  it('takes no query parameter on one stage', async () => {
    const refused = await problem('/v1/tenants/liege/stages/multisports?week=2027-W27', 400);
    expect(refused.errors).toEqual([
      { path: 'week', code: 'unknown_field', message: 'Unknown field “week”' },
    ]);
  });

  it('answers writes with 404, never 5xx', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const res = await t.app.request('/v1/tenants/liege/stages', { method });
      expect(res.status, method).toBe(404);
    }
  });
});
