import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { removeTempTree, writeTempTree } from '../testing/temp-tenants.ts';
import { validStagesYaml } from '../testing/valid-stages-yaml.ts';
import { validTenantYaml } from '../testing/valid-tenant-yaml.ts';

const SCRIPT = fileURLToPath(new URL('./validate.ts', import.meta.url));
// Inside the package, so `--import tsx` resolves as it does for `npm run tenants:validate`.
const CWD = fileURLToPath(new URL('../..', import.meta.url));
const roots: string[] = [];

afterEach(async () => {
  await Promise.all(roots.splice(0).map(removeTempTree));
});

/** Runs the CLI on a temporary tenants folder; in `lines`, that folder is shown as `T`. */
const run = async (files: Record<string, string>, args: string[] = []) => {
  const root = await writeTempTree(files);
  roots.push(root);
  const result = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
    cwd: CWD,
    env: { ...process.env, TENANTS_DIR: root },
    encoding: 'utf8',
  });
  const label = relative(CWD, join(root, 'x')).slice(0, -1);
  const lines = result.stdout
    .trim()
    .split('\n')
    .map((line) => line.replace(label, 'T/'));
  return { status: result.status, lines, stderr: result.stderr };
};

// Each case starts the CLI under tsx (a few seconds on a loaded machine), some twice.
describe('tenants:validate', { timeout: 30_000 }, () => {
  it('exits 0 and summarises when every commune is valid', async () => {
    const { status, lines } = await run({ 'testville/tenant.yaml': validTenantYaml() });
    expect(lines).toEqual(['1 commune checked: 0 errors, 0 warnings']);
    expect(status).toBe(0);
  });

  it('exits 0 with warnings only', async () => {
    const { status, lines } = await run({
      'testville/tenant.yaml': validTenantYaml().replace('  nl: Gemeente Testville\n', ''),
      'autreville/tenant.yaml': validTenantYaml('autreville'),
    });
    expect(lines).toEqual([
      'T/testville/tenant.yaml:3:1 warning names.nl: no nl text: falls back to fr',
      '2 communes checked: 0 errors, 1 warning',
    ]);
    expect(status).toBe(0);
  });

  it('exits 1 and prints each error', async () => {
    const { status, lines } = await run({
      'testville/tenant.yaml': validTenantYaml().replace('radius: 6px', 'radius: 6em'),
      'autreville/tenant.yaml': validTenantYaml('autreville'),
    });
    expect(lines).toEqual([
      'T/testville/tenant.yaml:15:11 error theme.radius: must be a CSS length in px or rem, like 6px or 0.5rem',
      '2 communes checked: 1 error, 0 warnings',
    ]);
    expect(status).toBe(1);
  });

  it('reports errors and warnings of stages.yaml the same way', async () => {
    const { status, lines } = await run({
      'testville/tenant.yaml': validTenantYaml(),
      'testville/stages.yaml': validStagesYaml()
        .replace('to: "16:00"', 'to: "08:00"')
        .replace(', nl: Een week vol sport.', ''),
    });
    expect(lines).toEqual([
      'T/testville/stages.yaml:19:37 error stages.0.sessions.0.hours.to: must end after it starts',
      '1 commune checked: 1 error, 0 warnings',
    ]);
    expect(status).toBe(1);
    const warned = await run({
      'testville/tenant.yaml': validTenantYaml(),
      'testville/stages.yaml': validStagesYaml().replace(', nl: Een week vol sport.', ''),
    });
    expect(warned.lines).toEqual([
      'T/testville/stages.yaml:12:5 warning stages.0.description.nl: no nl text: falls back to fr',
      '1 commune checked: 0 errors, 1 warning',
    ]);
    expect(warned.status).toBe(0);
  });

  it('checks only the communes named', async () => {
    const files = {
      'testville/tenant.yaml': validTenantYaml(),
      'cassee/tenant.yaml': 'slug: [',
    };
    expect((await run(files, ['testville'])).status).toBe(0);
    const unknown = await run(files, ['testville', 'namur']);
    expect(unknown.lines).toEqual([
      'T/namur:1:1 error no commune folder named "namur"',
      '2 communes checked: 1 error, 0 warnings',
    ]);
    expect(unknown.status).toBe(1);
  });

  it('refuses unknown options', async () => {
    const { status, stderr } = await run({}, ['--strict']);
    expect(status).toBe(2);
    expect(stderr).toContain('Usage: npm run tenants:validate');
  });
});
