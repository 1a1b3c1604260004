import { describe, expect, it } from 'vitest';
import { validEventTypesYaml } from '../testing/valid-event-types-yaml.ts';
import { formatIssue } from './config-issue.ts';
import { parseEventTypesYaml } from './parse-event-types-yaml.ts';

const parse = (text: string, formKeys: ReadonlySet<string> | undefined = new Set(['event-general'])) => {
  const result = parseEventTypesYaml(text, {
    file: 'F',
    languages: { offered: ['fr', 'nl'], default: 'fr' },
    formKeys,
  });
  return { ...result, lines: result.issues.map(formatIssue) };
};

const replaced = (search: string, replacement: string): string => {
  const text = validEventTypesYaml();
  if (!text.includes(search)) throw new Error(`fixture has no ${search}`);
  return text.replace(search, replacement);
};

describe('parseEventTypesYaml', () => {
  it('parses a valid file, with defaults for what may be left out', () => {
    const { eventTypes, issues } = parse(validEventTypesYaml());
    expect(issues).toEqual([]);
    expect(eventTypes?.types.map((type) => type.key)).toEqual(['neighbourhood-party', 'film-shoot']);
    expect(eventTypes?.types[0]).toMatchObject({
      form: 'event-general',
      leadTimeDays: 30,
      opinions: ['police'],
      publicCalendar: true,
      attachments: [{ key: 'site-plan', accept: ['application/pdf', 'image/jpeg'], maxSizeMb: 10 }],
    });
    expect(eventTypes?.types[1]).toMatchObject({ attachments: [], opinions: [] });
    expect(eventTypes?.places[0]).toMatchObject({ key: 'grand-place', capacity: 2000 });
    expect(eventTypes?.equipment.map((item) => [item.key, item.stock])).toEqual([
      ['barriers', 100],
      ['podium', 1],
    ]);
  });

  it('reports a bad value with its file, line and field path', () => {
    const { eventTypes, lines } = parse(replaced('leadTimeDays: 30', 'leadTimeDays: -2'));
    expect(eventTypes).toBeUndefined();
    expect(lines).toEqual(['F:11:19 error types.0.leadTimeDays: must be at least 0']);
  });

  it('refuses an opinion from a service that is not configured', () => {
    const { eventTypes, lines } = parse(replaced('opinions: [police]', 'opinions: [police, mobility]'));
    expect(eventTypes).toBeUndefined();
    expect(lines).toEqual([
      'F:12:24 error types.0.opinions.1: no service with key "mobility" under advisoryServices:',
    ]);
  });

  it('refuses a key used twice and an unknown field', () => {
    const twice = parse(replaced('key: film-shoot', 'key: neighbourhood-party'));
    expect(twice.lines).toEqual(['F:18:10 error types.1.key: key "neighbourhood-party" is used twice']);
    const unknown = parse(replaced('    capacity: 2000', '    capacity: 2000\n    colour: red'));
    expect(unknown.eventTypes).toBeUndefined();
    expect(unknown.lines.join('\n')).toContain('places.0');
  });

  it('refuses a form that is not in the commune’s forms folder, and checks none without a folder', () => {
    const { eventTypes, lines } = parse(validEventTypesYaml(), new Set(['other-form']));
    expect(eventTypes).toBeUndefined();
    expect(lines).toEqual([
      'F:9:11 error types.0.form: no form forms/event-general.yaml in this commune',
      'F:21:11 error types.1.form: no form forms/event-general.yaml in this commune',
    ]);
    expect(parse(validEventTypesYaml(), undefined).issues).toEqual([]);
  });

  it('refuses an attachment its type’s form has no file field for, and checks none of a form not read', () => {
    const context = {
      file: 'F',
      languages: { offered: ['fr', 'nl'] as const, default: 'fr' as const },
      formKeys: new Set(['event-general']),
    };
    const withoutField = parseEventTypesYaml(validEventTypesYaml(), {
      ...context,
      fileFields: new Map([['event-general', new Set(['insurance'])]]),
    });
    expect(withoutField.eventTypes).toBeUndefined();
    expect(withoutField.issues.map(formatIssue)).toEqual([
      'F:14:14 error types.0.attachments.0.key: no file field "site-plan" in the form event-general to attach it at',
    ]);
    const withField = parseEventTypesYaml(validEventTypesYaml(), {
      ...context,
      fileFields: new Map([['event-general', new Set(['site-plan'])]]),
    });
    expect(withField.issues).toEqual([]);
    expect(parseEventTypesYaml(validEventTypesYaml(), { ...context, fileFields: new Map() }).issues).toEqual(
      [],
    );
  });

  it('refuses a stock, capacity or size that is not a whole number in range', () => {
    expect(parse(replaced('stock: 1 }', 'stock: 1.5 }')).lines).toEqual([
      'F:31:61 error equipment.1.stock: must be a whole number',
    ]);
    expect(parse(replaced('maxSizeMb: 10', 'maxSizeMb: 500')).lines).toEqual([
      'F:17:20 error types.0.attachments.0.maxSizeMb: must be at most 50',
    ]);
    expect(parse(replaced('capacity: 2000', 'capacity: 0')).eventTypes).toBeUndefined();
  });

  it('warns of a missing translation and refuses a missing default-language text', () => {
    const warned = parse(replaced('name: { fr: Tournage, nl: Filmopname }', 'name: { fr: Tournage }'));
    expect(warned.eventTypes).toBeDefined();
    expect(warned.lines).toEqual(['F:19:5 warning types.1.name.nl: no nl text: falls back to fr']);
    const refused = parse(replaced('name: { fr: Tournage, nl: Filmopname }', 'name: { nl: Filmopname }'));
    expect(refused.eventTypes).toBeUndefined();
    expect(refused.lines[0]).toContain(
      'error types.1.name.fr: the text in the default language (fr) is required',
    );
  });
});
