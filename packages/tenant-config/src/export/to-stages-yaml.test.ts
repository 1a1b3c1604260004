import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTenants } from '../load/load-tenants.ts';
import { parseStagesYaml } from '../load/parse-stages-yaml.ts';
import { compactDays, toStagesYaml } from './to-stages-yaml.ts';

const DEMO_TENANTS = fileURLToPath(new URL('../../../../tenants', import.meta.url));
// Loaded once: reading every demo commune (forms included) is the slow part.
const demo = await loadTenants(DEMO_TENANTS);
const herstal = demo.tenants.find((tenant) => tenant.slug === 'herstal');

describe('toStagesYaml', () => {
  it('round-trips the demo communes’ stages', async () => {
    expect(demo.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    for (const { slug, config, stages } of demo.tenants) {
      if (stages === undefined) continue;
      const context = { file: 'stages.yaml', languages: config.languages, timeZone: config.timeZone };
      const reloaded = parseStagesYaml(toStagesYaml(stages, slug), context);
      expect(reloaded.issues, slug).toEqual([]);
      expect(reloaded.stages, slug).toStrictEqual(stages);
    }
  });

  it('is what an admin-sourced commune keeps on disk', async () => {
    expect(herstal?.config.source).toBe('admin');
    if (herstal?.stages === undefined) throw new Error('Herstal has no stages');
    expect(toStagesYaml(herstal.stages, 'Ville de Herstal')).toBe(
      await readFile(`${herstal.dir}/stages.yaml`, 'utf8'),
    );
  });

  it('writes days as a range where one gives them back, else as dates', () => {
    // 21 July is a public holiday: a Monday–Friday range leaves it out by itself.
    expect(compactDays(['2027-07-19', '2027-07-20', '2027-07-22', '2027-07-23'])).toEqual({
      from: '2027-07-19',
      to: '2027-07-23',
    });
    expect(compactDays(['2027-07-05', '2027-07-07', '2027-07-12', '2027-07-14'])).toEqual({
      from: '2027-07-05',
      to: '2027-07-14',
      weekdays: ['mon', 'wed'],
    });
    expect(compactDays(['2027-07-05', '2027-07-07', '2027-07-14'])).toEqual({
      dates: ['2027-07-05', '2027-07-07', '2027-07-14'],
    });
    expect(compactDays(['2027-07-10'])).toEqual({ from: '2027-07-10', to: '2027-07-10', weekdays: ['sat'] });
  });

  it('writes one opening for everyone as opensAt, and priority windows as a list', async () => {
    const stages = herstal?.stages;
    if (stages === undefined) throw new Error('Herstal has no stages');
    const [stage] = stages.stages;
    const [session] = stage?.sessions ?? [];
    if (stage === undefined || session === undefined) throw new Error('no session');
    const once = {
      ...session,
      enrolment: {
        windows: [{ from: '2027-05-03T09:00', for: 'everyone' as const }],
        allocation: { mode: 'draw' as const, drawMinutes: 30 },
      },
    };
    const text = toStagesYaml({ places: stages.places, stages: [{ ...stage, sessions: [once] }] }, 'Herstal');
    expect(text).toContain('opensAt: 2027-05-03T09:00\n');
    expect(text).toContain('allocation: {mode: draw, drawMinutes: 30}');
    expect(text).not.toContain('windows:');
  });
});
