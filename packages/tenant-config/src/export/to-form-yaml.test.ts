import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FORM_WORKFLOW } from '../forms/form-workflow.ts';
import { parseFormYaml } from '../forms/parse-form-yaml.ts';
import { loadTenants } from '../load/load-tenants.ts';
import { toFormYaml } from './to-form-yaml.ts';

const DEMO_TENANTS = fileURLToPath(new URL('../../../../tenants', import.meta.url));

describe('toFormYaml', () => {
  it('round-trips every demo form to the same content and hash', async () => {
    const { tenants, issues } = await loadTenants(DEMO_TENANTS);
    expect(issues).toEqual([]);
    for (const { config, forms } of tenants)
      for (const form of forms) {
        const reloaded = parseFormYaml(toFormYaml(form, config.languages.default), {
          file: 'export.yaml',
          key: form.key,
          languages: config.languages,
        });
        expect(reloaded.issues).toEqual([]);
        expect(reloaded.form?.hash).toBe(form.hash);
      }
  });

  it('is what an admin-sourced commune keeps on disk', async () => {
    const { tenants } = await loadTenants(DEMO_TENANTS, ['herstal']);
    const [herstal] = tenants;
    expect(herstal?.config.source).toBe('admin');
    expect(herstal?.forms.length).toBeGreaterThan(0);
    for (const form of herstal?.forms ?? [])
      expect(toFormYaml(form, herstal?.config.languages.default ?? 'fr')).toBe(
        await readFile(join(herstal?.dir ?? '', 'forms', `${form.key}.yaml`), 'utf8'),
      );
  });

  it('writes a header, short texts on one line, and no workflow when it is the default one', () => {
    const text = toFormYaml(
      {
        access: 'either',
        definition: {
          key: 'contact',
          title: { fr: 'Contact', nl: 'Contact' },
          pages: [
            {
              title: { fr: 'Message', nl: 'Bericht' },
              sections: [
                {
                  fields: [
                    {
                      key: 'message',
                      type: 'long-text',
                      required: true,
                      maxLength: 4000,
                      label: { fr: 'Message' },
                    },
                  ],
                },
              ],
            },
          ],
          computed: [],
        },
        workflow: DEFAULT_FORM_WORKFLOW,
      },
      'fr',
    );
    expect(text.split('\n').slice(0, 2)).toEqual([
      '# Contact — Communa form.',
      '# source: admin — the back-office is the truth; this file is an export, rewritten by `npm run tenants:export`.',
    ]);
    expect(text).toContain('title: { fr: Contact, nl: Contact }');
    expect(text).not.toContain('workflow');
  });

  it('refuses an invalid form', () => {
    expect(() =>
      toFormYaml(
        {
          access: 'signed-in',
          definition: { key: 'empty', title: { fr: 'Vide' }, pages: [], computed: [] },
          workflow: DEFAULT_FORM_WORKFLOW,
        },
        'fr',
      ),
    ).toThrow();
  });
});
