import { describe, expect, it } from 'vitest';
import { checkFormContent } from './check-form-content.ts';
import { DEFAULT_FORM_WORKFLOW } from './form-workflow.ts';
import { parseFormYaml } from './parse-form-yaml.ts';

const languages = { offered: ['fr', 'nl'] as const, default: 'fr' as const };
const context = { key: 'contact', workflow: DEFAULT_FORM_WORKFLOW, languages };

const definition = (label: Record<string, string>) => ({
  title: { fr: 'Contact', nl: 'Contact' },
  pages: [
    {
      title: { fr: 'Message', nl: 'Bericht' },
      sections: [{ fields: [{ key: 'message', type: 'long-text', label }] }],
    },
  ],
});

describe('checkFormContent', () => {
  it('accepts a form and hashes it as its YAML file would be', () => {
    const result = checkFormContent(
      { access: 'signed-in', definition: definition({ fr: 'Message', nl: 'Bericht' }) },
      context,
    );
    const yaml = parseFormYaml(
      'access: signed-in\ntitle: { fr: Contact, nl: Contact }\npages:\n  - title: { fr: Message, nl: Bericht }\n    sections:\n      - fields:\n          - { key: message, type: long-text, label: { fr: Message, nl: Bericht } }\n',
      { file: 'contact.yaml', key: 'contact', languages },
    );
    expect(result.ok && result.hash).toBe(yaml.form?.hash);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('warns of a missing translation and refuses a missing default-language text', () => {
    const warned = checkFormContent(
      { access: 'signed-in', definition: definition({ fr: 'Message' }) },
      context,
    );
    expect(warned.ok && warned.warnings.map((w) => w.path)).toEqual(['pages.0.sections.0.fields.0.label.nl']);
    const refused = checkFormContent(
      { access: 'signed-in', definition: definition({ nl: 'Bericht' }) },
      context,
    );
    expect(refused).toEqual({
      ok: false,
      issues: [
        {
          severity: 'error',
          path: 'pages.0.sections.0.fields.0.label.fr',
          code: 'missing_default_text',
          message: 'the text in the default language (fr) is required',
        },
      ],
    });
  });

  it('gives each schema error its path: unknown keys, bad access, key and version', () => {
    const result = checkFormContent(
      {
        access: 'everyone',
        definition: { ...definition({ fr: 'Message' }), key: 'other', version: 3, colour: 'red' },
      },
      context,
    );
    expect(result.ok ? [] : result.issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      'key not_allowed',
      'version not_allowed',
      'access invalid_value',
      'colour unknown_key',
    ]);
  });

  it('runs the engine’s checks: a condition on an unknown field', () => {
    const form = definition({ fr: 'Message' });
    const result = checkFormContent(
      {
        access: 'signed-in',
        definition: {
          ...form,
          pages: [
            {
              ...form.pages[0],
              sections: [
                {
                  fields: [
                    {
                      key: 'message',
                      type: 'long-text',
                      label: { fr: 'Message' },
                      showIf: { op: 'filled', field: 'nowhere' },
                    },
                  ],
                },
              ],
            },
          ],
        },
      },
      context,
    );
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([
      'pages.0.sections.0.fields.0.showIf.field',
    ]);
  });
});
