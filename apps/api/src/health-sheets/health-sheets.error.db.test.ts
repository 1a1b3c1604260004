import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTestKit } from '../auth/testing/auth-test-kit.ts';
import { startAuthTestKit } from '../auth/testing/auth-test-kit.ts';
import type { Family } from '../stages/testing/enrolment-fixtures.ts';
import { createFamilies } from '../stages/testing/enrolment-fixtures.ts';
import { healthSheetCall, validSheet } from './testing/health-sheet-fixtures.ts';

describe('health sheets: bad input', () => {
  let kit: AuthTestKit;
  let owner: postgres.Sql;
  let call: ReturnType<typeof healthSheetCall>;
  let family: Family;

  const storedSheets = async () =>
    (
      await owner<
        { n: number }[]
      >`select count(*)::int as n from child_health_sheets where child_id = ${family.childId}`
    )[0]?.n;

  beforeAll(async () => {
    kit = await startAuthTestKit();
    owner = postgres(kit.platform.database.ownerUrl, { max: 1, onnotice: () => {} });
    call = healthSheetCall(kit);
    [family] = (await createFamilies(owner, {
      tenant: 'liege',
      count: 1,
      birthDate: '2020-03-01',
      prefix: 'hserror',
    })) as [Family];
  });
  afterAll(async () => {
    await owner.end();
    await kit.close();
  });

  it('refuses a sheet that is not valid with a 400 problem and writes nothing', async () => {
    const bad: Record<string, unknown> = {
      'no collector': { ...validSheet, collectors: [] },
      'collectors missing': { ...validSheet, collectors: undefined },
      'photo consent missing': { ...validSheet, photoConsent: undefined },
      'photo consent not yes/no': { ...validSheet, photoConsent: 'maybe' },
      'allergies too long': { ...validSheet, allergies: 'x'.repeat(2001) },
      'treatment without dose': { ...validSheet, treatments: [{ medication: 'X', when: 'noon' }] },
      'too many treatments': {
        ...validSheet,
        treatments: Array.from({ length: 21 }, () => ({ medication: 'X', dose: '1', when: 'noon' })),
      },
      'collector name blank': { ...validSheet, collectors: [{ name: ' ', phone: '+32 4 1', relation: 'x' }] },
      'unknown field': { ...validSheet, bloodGroup: 'O+' },
      'not an object': ['allergies'],
    };
    for (const [label, body] of Object.entries(bad)) {
      const res = await call(family.token, 'liege', family.childId, body);
      expect(res.status, label).toBe(400);
      expect(res.headers.get('content-type'), label).toContain('application/problem+json');
    }
    expect(await storedSheets()).toBe(0);
  });

  it('keeps the earlier sheet whole when a replacement is refused', async () => {
    expect((await call(family.token, 'liege', family.childId, validSheet)).status).toBe(200);
    const before = await owner<{ ciphertext: Buffer }[]>`
      select ciphertext from child_health_sheets where child_id = ${family.childId}`;
    const res = await call(family.token, 'liege', family.childId, { ...validSheet, collectors: [] });
    expect(res.status).toBe(400);
    const after = await owner<{ ciphertext: Buffer }[]>`
      select ciphertext from child_health_sheets where child_id = ${family.childId}`;
    expect(after[0]?.ciphertext.equals(before[0]?.ciphertext ?? Buffer.alloc(0))).toBe(true);
  });

  it('answers 400 for a malformed child id and 401 without a session', async () => {
    expect((await call(family.token, 'liege', 'not-a-uuid')).status).toBe(400);
    const anonymous = await kit.platform.app.request(
      `/v1/tenants/liege/me/household/children/${family.childId}/health-sheet`,
    );
    expect(anonymous.status).toBe(401);
  });
});
