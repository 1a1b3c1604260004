import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.ts';
import { auditActionLabel, LABELLED_AUDIT_ACTIONS } from './audit-actions.ts';

const API_SOURCE = fileURLToPath(new URL('../../../api/src/', import.meta.url));
/** Where recordAuditEvent is defined: its comments give examples, not actions. */
const DEFINITION = join('audit', 'audit-events.ts');
/** `<subject>.<what happened>`, the shape the API gives every action. */
const ACTION = /^[a-z][a-z_]*\.[a-z_]+$/;
/**
 * Actions built from a template literal, with every value the template can take; a new template
 * fails the test until it is listed here.
 */
const TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  // put-household-residency.ts: residencyStatus is 'confirmed' | 'corrected'.
  'households.residency_${residencyStatus}': [
    'households.residency_confirmed',
    'households.residency_corrected',
  ],
};

/**
 * Every action the API's code records, read from its source: the quoted `subject.what` literals
 * of each file that calls recordAuditEvent, and the listed expansions of template literals.
 */
function recordedActions(): { actions: Set<string>; silentFiles: string[]; unknownTemplates: string[] } {
  const actions = new Set<string>();
  const silentFiles: string[] = [];
  const unknownTemplates: string[] = [];
  const files = readdirSync(API_SOURCE, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== DEFINITION,
  );
  for (const file of files) {
    const source = readFileSync(join(API_SOURCE, file), 'utf8');
    if (!source.includes('recordAuditEvent(')) continue;
    let found = 0;
    for (const [, literal = ''] of source.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`]*)`/g)) {
      if (ACTION.test(literal)) {
        actions.add(literal);
        found += 1;
      }
    }
    for (const [, template = ''] of source.matchAll(/`([a-z]+\.[a-z_]*\$\{[^`]*)`/g)) {
      const expansions = TEMPLATES[template];
      if (expansions === undefined) unknownTemplates.push(`${file}: ${template}`);
      for (const action of expansions ?? []) actions.add(action);
      found += 1;
    }
    // An action named in another file (a constant, a parameter) would escape this reading.
    if (found === 0) silentFiles.push(file);
  }
  return { actions, silentFiles, unknownTemplates };
}

describe('audit-log action labels', () => {
  const { actions, silentFiles, unknownTemplates } = recordedActions();

  it('reads the actions from the API source', () => {
    expect(actions).toContain('staff.roles_changed');
    expect(actions).toContain('households.residency_corrected');
    expect(silentFiles).toEqual([]);
    expect(unknownTemplates).toEqual([]);
  });

  it.each(LANGUAGES)('labels every action the API records in %s', (language) => {
    const unlabelled = [...actions].filter((action) => auditActionLabel(language, action) === undefined);
    expect(unlabelled).toEqual([]);
  });

  it.each(LANGUAGES)('gives each action its own words in %s, not its code', (language) => {
    const labels = LABELLED_AUDIT_ACTIONS.map((action) => auditActionLabel(language, action) ?? action);
    for (const [index, label] of labels.entries()) expect(label).not.toBe(LABELLED_AUDIT_ACTIONS[index]);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('leaves an action it does not know without a label, so its code is shown', () => {
    expect(auditActionLabel('fr', 'stages.enrolled')).toBeUndefined();
    expect(auditActionLabel('fr', 'constructor')).toBeUndefined();
    expect(auditActionLabel('nl', 'staff.roles_changed')).toBe('Rollen gewijzigd');
  });
});
