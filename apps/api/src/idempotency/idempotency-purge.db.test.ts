import type { DbHandle } from '@communa/db';
import { createDb } from '@communa/db';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '../testing/test-platform.ts';
import { startTestPlatform } from '../testing/test-platform.ts';
import { purgeExpiredIdempotencyKeys } from './idempotency-purge.ts';

describe('idempotency keys: purge', () => {
  let platform: TestPlatform;
  let owner: postgres.Sql;
  let app: DbHandle;

  beforeAll(async () => {
    // Without workers: the platform's own purge at start would race with this test's.
    platform = await startTestPlatform({ workers: false });
    owner = postgres(platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    // The application role, under row-level security, as the worker runs it.
    app = createDb(platform.database.appUrl, { max: 1 });
    await owner`
      with u as (insert into users (email, name, email_verified) values ('retry@example.be', '', true) returning id)
      insert into idempotency_keys (tenant_id, user_id, key, request_hash, response_status, response_body, expires_at)
      select t.id, u.id, t.slug || '-' || k.name, 'hash', 201, '{}'::jsonb, k.expires
      from tenants t, u, (values ('old', now() - interval '1 minute'), ('live', now() + interval '1 hour')) k(name, expires)
      where t.slug in ('liege', 'charleroi')`;
  });
  afterAll(async () => {
    await app.close();
    await owner.end();
    await platform.close();
  });

  it('deletes the expired keys of every commune and keeps the live ones', async () => {
    expect(await purgeExpiredIdempotencyKeys(app.db, new Date())).toBe(2);
    const left = await owner<{ key: string }[]>`select key from idempotency_keys order by key`;
    expect(left.map((row) => row.key)).toEqual(['charleroi-live', 'liege-live']);
    expect(await purgeExpiredIdempotencyKeys(app.db, new Date())).toBe(0);
  });
});
