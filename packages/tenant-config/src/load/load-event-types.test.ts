import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeTempTree, writeTempTree } from '../testing/temp-tenants.ts';
import { validEventTypesYaml } from '../testing/valid-event-types-yaml.ts';
import { validTenantYaml } from '../testing/valid-tenant-yaml.ts';
import { formatIssue } from './config-issue.ts';
import { loadTenant } from './load-tenant.ts';

const roots: string[] = [];

afterEach(async () => {
  await Promise.all(roots.splice(0).map(removeTempTree));
});

const FORM = `access: signed-in
title: { fr: Événement, nl: Evenement }
pages:
  - title: { fr: Détails, nl: Details }
    sections:
      - fields:
          - { key: programme, type: long-text, required: true, label: { fr: Programme, nl: Programma } }
          - { key: site-plan, type: file, accept: [application/pdf], maxSize: 1048576, label: { fr: Plan, nl: Plan } }
`;

const loadFolder = async (files: Record<string, string>) => {
  const root = await writeTempTree(
    Object.fromEntries(Object.entries(files).map(([path, text]) => [`testville/${path}`, text])),
  );
  roots.push(root);
  const result = await loadTenant(join(root, 'testville'));
  const label = relative(process.cwd(), join(root, 'testville'));
  return { ...result, lines: result.issues.map((issue) => formatIssue(issue).replace(label, 'T')) };
};

describe('loadTenant with event-types.yaml', () => {
  it('loads the event types beside tenant.yaml and forms/, and hashes them with the commune', async () => {
    const { tenant, issues } = await loadFolder({
      'tenant.yaml': validTenantYaml(),
      'event-types.yaml': validEventTypesYaml(),
      'forms/event-general.yaml': FORM,
    });
    expect(issues).toEqual([]);
    expect(tenant?.eventTypes?.types.map((type) => type.key)).toEqual(['neighbourhood-party', 'film-shoot']);
    const without = await loadFolder({ 'tenant.yaml': validTenantYaml(), 'forms/event-general.yaml': FORM });
    expect(without.tenant?.eventTypes).toBeUndefined();
    expect(tenant?.hash).not.toBe(without.tenant?.hash);
  });

  it('leaves the commune out when an attachment is no file field of its type’s form', async () => {
    const { tenant, lines } = await loadFolder({
      'tenant.yaml': validTenantYaml(),
      'event-types.yaml': validEventTypesYaml(),
      'forms/event-general.yaml': FORM.replace('key: site-plan', 'key: map'),
    });
    expect(tenant).toBeUndefined();
    expect(lines).toEqual([
      'T/event-types.yaml:14:14 error types.0.attachments.0.key: no file field "site-plan" in the form event-general to attach it at',
    ]);
  });

  it('leaves the commune out when a type names a form the commune does not have', async () => {
    const { tenant, lines } = await loadFolder({
      'tenant.yaml': validTenantYaml(),
      'event-types.yaml': validEventTypesYaml().replace(
        'form: event-general\n    publicCalendar: false',
        'form: event-filming\n    publicCalendar: false',
      ),
      'forms/event-general.yaml': FORM,
    });
    expect(tenant).toBeUndefined();
    expect(lines).toEqual([
      'T/event-types.yaml:21:11 error types.1.form: no form forms/event-filming.yaml in this commune',
    ]);
  });

  it('leaves the commune out on an error in event-types.yaml, with file, line and path', async () => {
    const { tenant, lines } = await loadFolder({
      'tenant.yaml': validTenantYaml(),
      'event-types.yaml': validEventTypesYaml().replace('stock: 100', 'stock: many'),
    });
    expect(tenant).toBeUndefined();
    expect(lines).toEqual(['T/event-types.yaml:30:77 error equipment.0.stock: must be a whole number']);
  });
});
