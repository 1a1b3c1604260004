import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { createCitizenSession } from '../auth/testing/create-citizen-session.ts';

describe('per-account limit on changes', () => {
  let kit: AuthTestKit;

  beforeAll(async () => {
    kit = await startAuthTestKit({ ACCOUNT_WRITES_PER_MINUTE: '3' });
  });
  afterAll(() => kit.close());

  const put = (token: string, ip: string) =>
    kit.platform.app.request('/v1/tenants/liege/me/household', {
      method: 'PUT',
      headers: { ...kit.withBearer(token), 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ street: 'Rue Haute', number: '1', postalCode: '4000', city: 'Liège' }),
    });

  it('refuses an account’s changes past the limit with 429 and Retry-After, whatever its address', async () => {
    const busy = await createCitizenSession(kit.owner.db, 'busy@example.be');
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await put(busy.token, `198.51.100.${i}`)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await put(busy.token, '198.51.100.9');
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ code: 'rate_limited' });
    // Reading is not a change.
    const read = await kit.platform.app.request('/v1/tenants/liege/me/household', {
      headers: kit.withBearer(busy.token),
    });
    expect(read.status).toBe(200);
  });

  it('does not count one account’s changes against another behind the same address', async () => {
    const colleague = await createCitizenSession(kit.owner.db, 'same.nat@example.be');
    expect((await put(colleague.token, '198.51.100.0')).status).toBe(200);
  });
});
