import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../problems/problem.ts';
import type { StaffSession } from '../staff/testing/create-staff-session.ts';
import type { StaffTestKit } from '../staff/testing/staff-test-kit.ts';
import { startStaffTestKit } from '../staff/testing/staff-test-kit.ts';

const CALENDAR = '/v1/admin/tenants/liege/event-calendar';

describe('the staff calendar refused', () => {
  let kit: StaffTestKit;
  let reviewer: StaffSession;

  beforeAll(async () => {
    kit = await startStaffTestKit();
    reviewer = await kit.staff('reviewer@liege.example.be', 'liege', ['event-reviewer']);
  });
  afterAll(() => kit.close());

  const expectProblem = async (query: string, status: number, code: string) => {
    const res = await kit.admin(`${CALENDAR}${query}`, reviewer);
    expect(res.status, query).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(problemSchema.parse(await res.json()).code).toBe(code);
  };

  it('answers missing, malformed and impossible days with a 4xx', async () => {
    await expectProblem('', 400, 'validation_failed');
    await expectProblem('?from=2030-06-01', 400, 'validation_failed');
    await expectProblem('?from=2030-02-30&to=2030-03-01', 400, 'validation_failed');
    await expectProblem('?from=june&to=2030-06-30', 400, 'validation_failed');
    await expectProblem('?from=2030-06-01&to=2030-06-30&place=x', 400, 'validation_failed');
    await expectProblem('?from=2030-06-30&to=2030-06-01', 422, 'event_dates_invalid');
    await expectProblem('?from=2030-06-01&to=2030-08-02', 422, 'event_dates_invalid');
  });
});
