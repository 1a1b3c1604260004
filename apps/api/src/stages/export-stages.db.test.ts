import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { withTenant } from '@communa/db';
import {
  EVENT_TYPES_FILE,
  FORMS_DIR,
  loadTenants,
  parseStagesYaml,
  STAGES_FILE,
  TENANT_FILE,
  toStagesYaml,
} from '@communa/tenant-config';
import { describe, expect, it } from 'vitest';
import { parseEnv } from '../env.ts';
import { exportTenantFiles } from '../tenants/export-tenant-files.ts';
import { tenantsApplyFixture } from '../tenants/testing/tenants-apply-fixture.ts';
import { syncStages } from './apply-stages.ts';
import { readStagesConfig } from './export-stages.ts';

const SLUGS = ['liege', 'charleroi', 'herstal'];

describe('tenants:export writes stages.yaml back', () => {
  const fixture = tenantsApplyFixture('communa-export-stages-');
  const { apply } = fixture;
  /** Every stage, session and window row of a commune with what tells a write: hash and update time. */
  const snapshot = async (slug: string) => ({
    stages: await fixture.owner.sql`
      select s.id, s.key, s.position, s.active, s.config_hash, s.updated_at from stages s
      join tenants t on t.id = s.tenant_id where t.slug = ${slug} order by s.id`,
    sessions: await fixture.owner.sql`
      select s.id, s.key, s.position, s.active, s.config_hash, s.updated_at from stage_sessions s
      join tenants t on t.id = s.tenant_id where t.slug = ${slug} order by s.id`,
    windows: await fixture.owner.sql`
      select w.session_id, w.position, w.opens_at, w.audience
      from stage_session_windows w join tenants t on t.id = w.tenant_id
      where t.slug = ${slug} order by w.session_id, w.position`,
  });
  const tenantOf = async (slug: string) => {
    const [row] = await fixture.owner.sql<{ id: string }[]>`select id from tenants where slug = ${slug}`;
    if (!row) throw new Error(`no commune ${slug}`);
    return row.id;
  };

  it('reads each commune’s stages back as they were applied', async () => {
    await apply();
    const { tenants } = await loadTenants(fixture.dir);
    for (const tenant of tenants) {
      const exported = await readStagesConfig(fixture.owner.db, tenant.slug);
      expect(exported?.stages, tenant.slug).toEqual(tenant.stages?.stages);
      for (const place of exported?.places ?? []) expect(tenant.stages?.places).toContainEqual(place);
    }
    expect(await readStagesConfig(fixture.owner.db, 'nowhere')).toBeUndefined();
  });

  it('gives a stages.yaml whose apply changes nothing, in every commune', async () => {
    await apply();
    const { tenants } = await loadTenants(fixture.dir);
    for (const slug of SLUGS) {
      const tenant = tenants.find((t) => t.slug === slug);
      const exported = await readStagesConfig(fixture.owner.db, slug);
      if (!tenant || !exported) throw new Error(`${slug} has no stages`);
      const { languages, timeZone } = tenant.config;
      const text = toStagesYaml(exported, slug);
      const reloaded = parseStagesYaml(text, { file: STAGES_FILE, languages, timeZone });
      expect(
        reloaded.issues.filter((i) => i.severity === 'error'),
        slug,
      ).toEqual([]);
      const before = await snapshot(slug);
      const tenantId = await tenantOf(slug);
      await withTenant(fixture.owner.db, tenantId, (tx) =>
        syncStages(tx, tenantId, reloaded.stages, timeZone),
      );
      expect(await snapshot(slug), slug).toEqual(before);
    }
  });

  it('carries a change made in the database through export and import', async () => {
    await apply();
    const herstal = await tenantOf('herstal');
    await fixture.owner.sql`
      update stage_sessions set capacity = 31, allocation = 'draw', draw_minutes = 20,
        social_price_cents = null, days = array['2027-07-12', '2027-07-14', '2027-07-28']::date[]
      where tenant_id = ${herstal} and key = 'semaine-28'
        and stage_id = (select id from stages where tenant_id = ${herstal} and key = 'ville-d-industrie')`;
    const files = await exportTenantFiles(fixture.owner.db, 'herstal');
    const stagesText = files?.find((f) => f.file === STAGES_FILE)?.text ?? '';
    expect(stagesText).toContain('dates: [2027-07-12, 2027-07-14, 2027-07-28]');
    // A commune created from the exported files holds the same sessions.
    await fixture.edit(path.join('herstal', STAGES_FILE), () => stagesText);
    await fixture.owner.sql`truncate tenants cascade`;
    await apply();
    const [session] = await fixture.owner.sql<
      { capacity: number; allocation: string; draw_minutes: number; social: number | null; days: string[] }[]
    >`
      select ss.capacity, ss.allocation, ss.draw_minutes, ss.social_price_cents as social, ss.days::text[] as days
      from stage_sessions ss join stages s on s.tenant_id = ss.tenant_id and s.id = ss.stage_id
      join tenants t on t.id = s.tenant_id
      where t.slug = 'herstal' and s.key = 'ville-d-industrie' and ss.key = 'semaine-28'`;
    expect(session).toEqual({
      capacity: 31,
      allocation: 'draw',
      draw_minutes: 20,
      social: null,
      days: ['2027-07-12', '2027-07-14', '2027-07-28'],
    });
  });

  it('is what Herstal (source: admin) keeps in the repository: tenant.yaml, stages.yaml, event-types.yaml, each form', async () => {
    await apply();
    const files = await exportTenantFiles(fixture.owner.db, 'herstal');
    const forms = (await readdir(path.join(parseEnv({}).TENANTS_DIR, 'herstal', FORMS_DIR))).sort();
    expect(files?.map((f) => f.file)).toEqual([
      TENANT_FILE,
      STAGES_FILE,
      EVENT_TYPES_FILE,
      ...forms.map((name) => `${FORMS_DIR}/${name}`),
    ]);
    for (const { file, text } of files ?? [])
      expect(text, file).toBe(await readFile(path.join(parseEnv({}).TENANTS_DIR, 'herstal', file), 'utf8'));
  });

  it('leaves a code commune’s hand-written stages.yaml alone', async () => {
    await apply();
    expect((await exportTenantFiles(fixture.owner.db, 'liege'))?.map((f) => f.file)).toEqual([TENANT_FILE]);
    expect(await exportTenantFiles(fixture.owner.db, 'nowhere')).toBeUndefined();
  });
});
