import { readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadTenants } from '@communa/tenant-config';
import { describe, expect, it } from 'vitest';
import { applyTenants } from '../tenants/apply-tenants.ts';
import { tenantsApplyFixture } from '../tenants/testing/tenants-apply-fixture.ts';

describe('tenants:apply writes forms/*.yaml', () => {
  const fixture = tenantsApplyFixture('communa-forms-');
  const { apply } = fixture;
  const formFile = (slug: string, key: string) => path.join(fixture.dir, slug, 'forms', `${key}.yaml`);
  const editForm = (slug: string, key: string, edit: (text: string) => string) =>
    fixture.edit(path.join(slug, 'forms', `${key}.yaml`), edit);
  /** The e-guichet procedures of the demo (forms/ also holds the event requests' forms). */
  const PROCEDURES = [
    'attestation-domicile',
    'bourse-projet-jeunes',
    'collecte-encombrants',
    'occupation-voirie-demenagement',
    'signalement-espace-public',
    'signalement-fraude',
  ];
  /** Every procedure and version row of a commune, as it stands. */
  const snapshot = async (slug: string) => ({
    forms: await fixture.owner.sql<{ key: string; current_version: number; active: boolean }[]>`
      select f.id, f.key, f.current_version, f.active, f.updated_at from forms f
      join tenants t on t.id = f.tenant_id where t.slug = ${slug} and f.key in ${fixture.owner.sql(PROCEDURES)}
      order by f.key`,
    versions: await fixture.owner.sql<{ form_key: string; version: number; access: string }[]>`
      select d.id, d.form_key, d.version, d.access, d.content_hash, d.definition, d.workflow from form_definitions d
      join tenants t on t.id = d.tenant_id where t.slug = ${slug} and d.form_key in ${fixture.owner.sql(PROCEDURES)}
      order by d.form_key, d.version`,
  });

  it('writes every commune’s forms as version 1, then changes nothing on a second apply', async () => {
    await apply();
    const first = await Promise.all(['liege', 'charleroi', 'herstal'].map(snapshot));
    expect(first.map((s) => s.forms.map((f) => [f.key, f.current_version, f.active]))).toEqual([
      [
        ['attestation-domicile', 1, true],
        ['occupation-voirie-demenagement', 1, true],
        ['signalement-espace-public', 1, true],
      ],
      [
        ['bourse-projet-jeunes', 1, true],
        ['collecte-encombrants', 1, true],
        ['signalement-fraude', 1, true],
      ],
      [['attestation-domicile', 1, true]],
    ]);
    const fraud = first[1]?.versions.find((v) => v.form_key === 'signalement-fraude');
    expect(fraud).toMatchObject({
      version: 1,
      access: 'anonymous',
      definition: { key: 'signalement-fraude', version: 1 },
    });
    expect((await apply()).map((r) => r.action)).toEqual(['unchanged', 'kept-admin', 'unchanged']);
    expect(await Promise.all(['liege', 'charleroi', 'herstal'].map(snapshot))).toEqual(first);
  });

  it('makes a new version of a changed form and keeps the old one', async () => {
    await apply();
    await editForm('liege', 'attestation-domicile', (y) => y.replace('max: 5', 'max: 10'));
    expect((await apply()).find((r) => r.slug === 'liege')?.action).toBe('updated');
    const after = await snapshot('liege');
    expect(after.forms.find((f) => f.key === 'attestation-domicile')?.current_version).toBe(2);
    const versions = after.versions.filter((v) => v.form_key === 'attestation-domicile');
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(JSON.stringify(versions[0])).toContain('"max":5');
    expect(JSON.stringify(versions[1])).toContain('"max":10');
    // The other forms of the commune did not move.
    expect(after.versions.filter((v) => v.form_key !== 'attestation-domicile').map((v) => v.version)).toEqual(
      [1, 1],
    );
    expect((await apply()).find((r) => r.slug === 'liege')?.action).toBe('unchanged');
    expect((await snapshot('liege')).versions).toHaveLength(4);
  });

  it('makes a new version when only the workflow or the access changes', async () => {
    await apply();
    await editForm('charleroi', 'collecte-encombrants', (y) =>
      y.replace('access: signed-in', 'access: either'),
    );
    await apply();
    const versions = (await snapshot('charleroi')).versions.filter(
      (v) => v.form_key === 'collecte-encombrants',
    );
    expect(versions.map((v) => [v.version, v.access])).toEqual([
      [1, 'signed-in'],
      [2, 'either'],
    ]);
  });

  it('deactivates a removed form instead of deleting it, and brings it back without a new version', async () => {
    await apply();
    const before = await snapshot('liege');
    const original = await readFile(formFile('liege', 'occupation-voirie-demenagement'), 'utf8');
    await unlink(formFile('liege', 'occupation-voirie-demenagement'));
    await apply();
    const after = await snapshot('liege');
    expect(after.versions).toEqual(before.versions);
    expect(after.forms.map((f) => [f.key, f.active])).toEqual([
      ['attestation-domicile', true],
      ['occupation-voirie-demenagement', false],
      ['signalement-espace-public', true],
    ]);
    await writeFile(formFile('liege', 'occupation-voirie-demenagement'), original);
    await apply();
    const restored = await snapshot('liege');
    expect(restored.versions).toEqual(before.versions);
    expect(restored.forms.every((f) => f.active && f.current_version === 1)).toBe(true);
  });

  it('imports an admin commune’s forms once, then leaves them to the back-office', async () => {
    await apply();
    const before = await snapshot('herstal');
    await editForm('herstal', 'attestation-domicile', (y) => y.replace('Pour moi', 'Pour moi-même'));
    expect((await apply()).find((r) => r.slug === 'herstal')?.action).toBe('kept-admin');
    expect(await snapshot('herstal')).toEqual(before);
  });

  it('leaves a commune whose form has an error on its last good configuration', async () => {
    await apply();
    const before = await snapshot('charleroi');
    await editForm('charleroi', 'bourse-projet-jeunes', (y) => y.replace('type: iban', 'type: bank'));
    const { tenants, issues } = await loadTenants(fixture.dir);
    expect(issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        file: expect.stringContaining('bourse-projet-jeunes.yaml'),
      }),
    );
    expect(tenants.map((t) => t.slug)).toEqual(['herstal', 'liege']);
    await applyTenants(fixture.owner.db, tenants);
    expect(await snapshot('charleroi')).toEqual(before);
  });
});
