import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadTenants } from '@communa/tenant-config';
import { describe, expect, it } from 'vitest';
import { applyTenants } from '../tenants/apply-tenants.ts';
import { tenantsApplyFixture } from '../tenants/testing/tenants-apply-fixture.ts';

describe('tenants:apply writes stages.yaml', () => {
  const fixture = tenantsApplyFixture('communa-stages-');
  const { apply } = fixture;
  const editStages = (slug: string, edit: (text: string) => string) =>
    fixture.edit(path.join(slug, 'stages.yaml'), edit);
  /** Every stage, session and window row of a commune, as it stands. */
  const snapshot = async (slug: string) => ({
    stages: await fixture.owner.sql`
      select s.id, s.key, s.active, s.updated_at from stages s join tenants t on t.id = s.tenant_id
      where t.slug = ${slug} order by s.key`,
    sessions: await fixture.owner.sql`
      select s.id, s.key, s.active, s.capacity, s.seats_taken, s.updated_at
      from stage_sessions s join tenants t on t.id = s.tenant_id where t.slug = ${slug} order by s.id`,
    windows: await fixture.owner.sql`
      select w.session_id, w.position, w.opens_at, w.audience
      from stage_session_windows w join tenants t on t.id = w.tenant_id
      where t.slug = ${slug} order by w.session_id, w.position`,
  });
  const session = async (slug: string, stageKey: string, sessionKey: string) => {
    const [row] = await fixture.owner.sql<
      {
        id: string;
        active: boolean;
        capacity: number;
        seats_taken: number;
        days: string[];
        opens_at: string;
      }[]
    >`
      select ss.id, ss.active, ss.capacity, ss.seats_taken, ss.days::text[] as days, to_json(ss.opens_at)#>>'{}' as opens_at
      from stage_sessions ss join stages s on s.tenant_id = ss.tenant_id and s.id = ss.stage_id
      join tenants t on t.id = s.tenant_id
      where t.slug = ${slug} and s.key = ${stageKey} and ss.key = ${sessionKey}`;
    return row;
  };

  it('writes every commune’s stages, then changes nothing on a second apply', async () => {
    await apply();
    const first = await Promise.all(['liege', 'charleroi', 'herstal'].map(snapshot));
    expect(first.map((s) => s.sessions.length)).toEqual([33, 25, 20]);
    expect(first.map((s) => s.stages.length)).toEqual([12, 7, 5]);
    expect((await apply()).map((r) => r.action)).toEqual(['unchanged', 'kept-admin', 'unchanged']);
    expect(await Promise.all(['liege', 'charleroi', 'herstal'].map(snapshot))).toEqual(first);
  });

  it('stores the actual days and the opening instants in Brussels time', async () => {
    await apply();
    const july = await session('liege', 'petits-scientifiques', 'semaine-29');
    expect(july?.days).toEqual(['2027-07-19', '2027-07-20', '2027-07-22', '2027-07-23']);
    expect(new Date(july?.opens_at ?? '').toISOString()).toBe('2027-05-03T07:00:00.000Z');
    const windows = await fixture.owner.sql<{ opens_at: string; audience: string }[]>`
      select to_json(opens_at)#>>'{}' as opens_at, audience from stage_session_windows
      where session_id = ${july?.id ?? ''} order by position`;
    expect(windows.map((w) => [new Date(w.opens_at).toISOString(), w.audience])).toEqual([
      ['2027-05-03T07:00:00.000Z', 'residents'],
      ['2027-05-05T07:00:00.000Z', 'everyone'],
    ]);
  });

  it('updates a changed session in place, keeping its id and seats taken', async () => {
    await apply();
    const before = await session('liege', 'robots-et-code', 'semaine-30');
    await fixture.owner.sql`update stage_sessions set seats_taken = 3 where id = ${before?.id ?? ''}`;
    await editStages('liege', (y) => y.replace(/(- key: robots-et-code[\s\S]*?capacity: )14/, '$118'));
    expect((await apply()).find((r) => r.slug === 'liege')?.action).toBe('updated');
    const after = await session('liege', 'robots-et-code', 'semaine-30');
    expect(after).toMatchObject({ id: before?.id, capacity: 18, seats_taken: 3, active: true });
  });

  it('deactivates a removed session and a removed stage instead of deleting them, and brings them back', async () => {
    await apply();
    const original = await readFile(path.join(fixture.dir, 'liege', 'stages.yaml'), 'utf8');
    const before = await snapshot('liege');
    await editStages('liege', (y) => {
      const stage = y.indexOf('  - key: bande-dessinee');
      const next = y.indexOf('\n  - key: ', stage + 1);
      return y.slice(0, stage) + y.slice(next + 1);
    });
    await apply();
    const after = await snapshot('liege');
    expect(after.sessions).toHaveLength(before.sessions.length);
    expect(after.stages.find((s) => s.key === 'bande-dessinee')).toMatchObject({ active: false });
    expect(after.sessions.filter((s) => !s.active).map((s) => s.key)).toEqual(
      expect.arrayContaining(['semaine-29', 'semaine-32']),
    );
    expect(after.sessions.filter((s) => !s.active)).toHaveLength(2);
    await writeFile(path.join(fixture.dir, 'liege', 'stages.yaml'), original);
    await apply();
    const restored = await snapshot('liege');
    expect(restored.stages.map((s) => [s.id, s.active])).toEqual(before.stages.map((s) => [s.id, true]));
    expect(restored.sessions.every((s) => s.active)).toBe(true);
  });

  it('imports an admin commune’s stages once, then leaves them to the back-office', async () => {
    await apply();
    const before = await snapshot('herstal');
    await editStages('herstal', (y) => y.replace('capacity: 16', 'capacity: 99'));
    expect((await apply()).find((r) => r.slug === 'herstal')?.action).toBe('kept-admin');
    expect(await snapshot('herstal')).toEqual(before);
  });

  it('imports an admin commune’s stages when it was created before it had any', async () => {
    await fixture.owner.sql`truncate tenants cascade`;
    const { tenants } = await loadTenants(fixture.dir);
    await applyTenants(
      fixture.owner.db,
      tenants.map((t) => ({ ...t, stages: undefined })),
    );
    expect((await snapshot('herstal')).sessions).toHaveLength(0);
    await apply();
    expect((await snapshot('herstal')).sessions).toHaveLength(20);
  });
});
