import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeTempTree, writeTempTree } from '../testing/temp-tenants.ts';
import { validStagesYaml } from '../testing/valid-stages-yaml.ts';
import { validTenantYaml } from '../testing/valid-tenant-yaml.ts';
import { formatIssue } from './config-issue.ts';
import { loadTenant } from './load-tenant.ts';

const roots: string[] = [];

afterEach(async () => {
  await Promise.all(roots.splice(0).map(removeTempTree));
});

/** Loads `text` as tenants/<folder>/tenant.yaml; returns the result and the file label issues use. */
const load = async (text: string, folder = 'testville') => {
  const root = await writeTempTree({ [`${folder}/tenant.yaml`]: text });
  roots.push(root);
  const file = relative(process.cwd(), join(root, folder, 'tenant.yaml'));
  const result = await loadTenant(join(root, folder));
  return { ...result, file, lines: result.issues.map((issue) => formatIssue(issue).replace(file, 'F')) };
};

const replaced = (search: string, replacement: string): string => {
  const text = validTenantYaml();
  if (!text.includes(search)) throw new Error(`fixture has no ${search}`);
  return text.replace(search, replacement);
};

describe('loadTenant', () => {
  it('loads a valid folder without issues', async () => {
    const { tenant, issues } = await load(validTenantYaml());
    expect(issues).toEqual([]);
    expect(tenant?.slug).toBe('testville');
    expect(tenant?.config.postalCodes).toEqual(['4000', '4020']);
    expect(tenant?.config.bankAccount.iban).toBe('BE68539007547034');
    expect(tenant?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports the exact file, line, column and path of a bad value', async () => {
    const { tenant, issues, file } = await load(replaced('colorPrimary: "#b5121b"', 'colorPrimary: red'));
    expect(tenant).toBeUndefined();
    expect(issues).toEqual([
      {
        severity: 'error',
        file,
        line: 10,
        column: 17,
        path: 'theme.colorPrimary',
        message: 'must be a colour written #rrggbb, like #b5121b',
      },
    ]);
  });

  it('points a missing key at its parent map', async () => {
    const { lines } = await load(replaced('  colorAccent: "#1d3557"\n', ''));
    expect(lines).toEqual(['F:9:1 error theme.colorAccent: is required: must be a colour like #b5121b']);
  });

  it('points an unknown key at the key itself', async () => {
    const { lines } = await load(replaced('  font: inherit\n', '  font: inherit\n  shadow: none\n'));
    expect(lines).toEqual(['F:17:3 error theme.shadow: unknown key "shadow"']);
  });

  it('positions errors inside list items', async () => {
    const { lines } = await load(replaced('https://www.testville.be/e-guichet', 'e-guichet.html'));
    expect(lines).toEqual([
      'F:63:14 error services.1.pageUrl: "e-guichet.html" is not an http(s) address like https://www.example.be/page',
    ]);
  });

  it('reports YAML syntax errors with positions', async () => {
    const { tenant, lines } = await load(replaced('colorPrimary: "#b5121b"', 'colorPrimary: "#b5121b'));
    expect(tenant).toBeUndefined();
    expect(lines).toEqual(['F:10:25 error Missing closing "quote']);
  });

  it('reports duplicate keys', async () => {
    const { lines } = await load(replaced('  default: fr\n', '  default: fr\n  default: nl\n'));
    expect(lines).toEqual(['F:9:3 error Map keys must be unique']);
  });

  it('needs the slug to be the folder name', async () => {
    const { tenant, lines } = await load(validTenantYaml(), 'autreville');
    expect(tenant).toBeUndefined();
    expect(lines).toEqual([
      'F:1:7 error slug: is "testville" but the folder is "autreville": they must be equal',
    ]);
  });

  it('warns about missing translations and still loads', async () => {
    const { tenant, issues, lines } = await load(
      replaced('      nl: Formulieren\n', '').replace('  nl: Gemeente Testville\n', ''),
    );
    expect(lines).toEqual([
      'F:3:1 warning names.nl: no nl text: falls back to fr',
      'F:56:5 warning services.1.title.nl: no nl text: falls back to fr',
    ]);
    expect(issues.every((issue) => issue.severity === 'warning')).toBe(true);
    expect(tenant?.config.names).toEqual({ fr: 'Commune de Testville' });
  });

  it('warns about text in a language the commune does not offer', async () => {
    const { tenant, lines } = await load(
      replaced('      nl: Stages\n', '      nl: Stages\n      de: Ferienkurse\n'),
    );
    expect(lines).toEqual([
      'F:50:11 warning services.0.title.de: de is not an offered language: this text is never shown',
    ]);
    expect(tenant).toBeDefined();
  });

  it('says which kind of value a section needs', async () => {
    const { lines } = await load(
      replaced('embed:\n  allowedOrigins:\n    - https://www.testville.be\n', 'embed: none\n'),
    );
    expect(lines).toEqual(['F:17:8 error embed: must be a map of keys and values']);
  });

  it('refuses a file that is not a map', async () => {
    const { lines } = await load('- slug: testville\n');
    expect(lines).toEqual(['F:1:1 error must be a map of settings, starting with slug: and source:']);
  });

  it('reports a folder without tenant.yaml', async () => {
    const root = await writeTempTree({ 'vide/notes.txt': 'nothing here' });
    roots.push(root);
    const { tenant, issues } = await loadTenant(join(root, 'vide'));
    expect(tenant).toBeUndefined();
    expect(issues.map(formatIssue)).toEqual([
      `${relative(process.cwd(), join(root, 'vide', 'tenant.yaml'))}:1:1 error file not found`,
    ]);
  });

  it('hashes the configuration, not its spelling', async () => {
    const base = await load(validTenantYaml());
    const respelled = await load(
      `# Same commune, written differently\n${validTenantYaml()
        .replace('BE68 5390 0754 7034', 'be68539007547034')
        .replace('postalCodes: [4000, 4020]', 'postalCodes: ["4000", "4020"]')}active: true\n`,
    );
    const changed = await load(replaced('radius: 6px', 'radius: 8px'));
    expect(respelled.tenant?.hash).toBe(base.tenant?.hash);
    expect(changed.tenant?.hash).not.toBe(base.tenant?.hash);
  });

  it('loads stages.yaml beside tenant.yaml and hashes it with the commune', async () => {
    const root = await writeTempTree({
      'testville/tenant.yaml': validTenantYaml(),
      'testville/stages.yaml': validStagesYaml(),
    });
    roots.push(root);
    const { tenant, issues } = await loadTenant(join(root, 'testville'));
    expect(issues).toEqual([]);
    expect(tenant?.stages?.stages.map((stage) => stage.key)).toEqual(['multisports']);
    const without = await load(validTenantYaml());
    expect(without.tenant?.stages).toBeUndefined();
    expect(tenant?.hash).not.toBe(without.tenant?.hash);
  });

  it('leaves the commune out when its stages.yaml has an error, with file, line and column', async () => {
    const root = await writeTempTree({
      'testville/tenant.yaml': validTenantYaml(),
      'testville/stages.yaml': validStagesYaml().replace('capacity: 24', 'capacity: 0'),
    });
    roots.push(root);
    const { tenant, issues } = await loadTenant(join(root, 'testville'));
    expect(tenant).toBeUndefined();
    expect(issues.map(formatIssue)).toEqual([
      `${relative(process.cwd(), join(root, 'testville', 'stages.yaml'))}:21:19 error stages.0.sessions.0.capacity: must be at least 1`,
    ]);
  });
});
