import { describe, expect, it } from 'vitest';
import type { Language } from '../schema/languages.ts';
import { DEFAULT_FORM_WORKFLOW } from './form-workflow.ts';
import { parseFormYaml } from './parse-form-yaml.ts';

const languages: { offered: Language[]; default: Language } = { offered: ['fr', 'nl'], default: 'fr' };
const context = { file: 'tenants/herstal/forms/permis.yaml', key: 'permis', languages };

const FORM = `access: signed-in
title: { fr: Permis, nl: Vergunning }
pages:
  - title: { fr: Demande, nl: Aanvraag }
    sections:
      - fields:
          - { key: name, type: short-text, required: true, label: { fr: Nom, nl: Naam } }
          - key: reason
            type: long-text
            label: { fr: Motif, nl: Reden }
`;

describe('parseFormYaml', () => {
  it('reads a form: key from the file name, the default workflow, a content hash', () => {
    const { form, issues } = parseFormYaml(FORM, context);
    expect(issues).toEqual([]);
    expect(form).toMatchObject({ key: 'permis', access: 'signed-in', workflow: DEFAULT_FORM_WORKFLOW });
    expect(form?.definition).toMatchObject({ key: 'permis', title: { fr: 'Permis' } });
    expect(form?.definition).not.toHaveProperty('version');
    expect(form?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(parseFormYaml(`# comment\n${FORM}`, context).form?.hash).toBe(form?.hash);
    expect(parseFormYaml(FORM.replace('Motif', 'Raison'), context).form?.hash).not.toBe(form?.hash);
  });

  it('points at an engine error with its line and field path', () => {
    const { form, issues } = parseFormYaml(FORM.replace('type: long-text', 'type: long-txt'), context);
    expect(form).toBeUndefined();
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: context.file,
        line: 9,
        path: 'pages.0.sections.0.fields.1.type',
      }),
    ]);
  });

  it('refuses unknown keys, a written key or version, and a missing access', () => {
    const text = `${FORM.replace('access: signed-in\n', 'version: 2\nkey: permis\n')}colour: red\n`;
    const { form, issues } = parseFormYaml(text, context);
    expect(form).toBeUndefined();
    expect(issues.map((issue) => [issue.line, issue.path, issue.message])).toEqual(
      expect.arrayContaining([
        [1, 'version', 'is numbered by tenants:apply on each change: leave it out'],
        [2, 'key', 'is the file name: leave it out'],
        [1, 'access', 'is required: must be one of signed-in, anonymous, either'],
        [12, 'colour', 'unknown key "colour"'],
      ]),
    );
  });

  it('warns of a missing translation with its file, line and path, and keeps the form', () => {
    const { form, issues } = parseFormYaml(
      FORM.replace('{ fr: Motif, nl: Reden }', '{ fr: Motif }'),
      context,
    );
    expect(form).toBeDefined();
    expect(issues).toEqual([
      {
        severity: 'warning',
        file: context.file,
        line: 10,
        column: 13,
        path: 'pages.0.sections.0.fields.1.label.nl',
        message: 'no nl text: falls back to fr',
      },
    ]);
  });

  it('requires the default language', () => {
    const { form, issues } = parseFormYaml(
      FORM.replace('{ fr: Motif, nl: Reden }', '{ nl: Reden }'),
      context,
    );
    expect(form).toBeUndefined();
    expect(issues).toContainEqual(
      expect.objectContaining({ severity: 'error', path: 'pages.0.sections.0.fields.1.label.fr' }),
    );
  });

  it('checks a workflow: statuses named by transitions, a final status, known roles', () => {
    const workflow = `workflow:
  statuses:
    - { key: new, color: "#1d4ed8", label: { fr: Nouveau, nl: Nieuw } }
    - { key: done, color: "#15803d", label: { fr: Fait, nl: Klaar } }
  transitions:
    - { from: new, to: finished, roles: [mayor] }
`;
    const { form, issues } = parseFormYaml(FORM + workflow, context);
    expect(form).toBeUndefined();
    expect(issues.map((issue) => [issue.line, issue.path])).toEqual(
      expect.arrayContaining([[16, 'workflow.transitions.0.roles.0']]),
    );
    const noFinal = parseFormYaml(
      FORM + workflow.replace('[mayor]', '[admin]').replace('finished', 'done'),
      context,
    );
    expect(noFinal.issues).toEqual([
      expect.objectContaining({
        line: 13,
        path: 'workflow.statuses',
        message: 'must have at least one final status',
      }),
    ]);
    const fixed = workflow
      .replace('label: { fr: Fait, nl: Klaar } }', 'final: true, label: { fr: Fait, nl: Klaar } }')
      .replace('to: finished, roles: [mayor]', 'to: done, roles: [form-agent]');
    const good = parseFormYaml(FORM + fixed, context);
    expect(good.issues).toEqual([]);
    expect(
      good.form?.workflow.statuses.map((status) => [status.key, status.visibleToCitizen, status.final]),
    ).toEqual([
      ['new', true, false],
      ['done', true, true],
    ]);
    const unknownStatus = parseFormYaml(FORM + fixed.replace('to: done', 'to: finished'), context);
    expect(unknownStatus.issues).toEqual([
      expect.objectContaining({
        line: 16,
        path: 'workflow.transitions.0.to',
        message: 'no status "finished"',
      }),
    ]);
  });

  it('reports YAML syntax errors and a file that is not a map', () => {
    expect(parseFormYaml('title: [unclosed', context).issues[0]).toMatchObject({
      severity: 'error',
      line: 1,
    });
    expect(parseFormYaml('- a list', context).issues).toEqual([
      expect.objectContaining({ severity: 'error', path: '', message: 'must be a map of keys and values' }),
    ]);
  });
});
