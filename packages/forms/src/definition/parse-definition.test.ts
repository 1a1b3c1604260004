import { describe, expect, it } from 'vitest';
import { publicSpaceReport, residenceCertificate } from '../testing/example-forms.ts';
import { parseFormDefinition } from './parse-definition.ts';

const page = (fields: unknown[], extra: object = {}) => ({
  title: { fr: 'Page' },
  ...extra,
  sections: [{ fields }],
});

const form = (pages: unknown[], extra: object = {}) => ({
  key: 'test',
  version: 1,
  title: { fr: 'Test' },
  pages,
  ...extra,
});

const text = (key: string, extra: object = {}) => ({ key, type: 'short-text', label: { fr: key }, ...extra });

const choice = (key: string, extra: object = {}) => ({
  key,
  type: 'single-choice',
  label: { fr: key },
  options: [
    { value: 'yes', label: { fr: 'Oui' } },
    { value: 'no', label: { fr: 'Non' } },
  ],
  ...extra,
});

const issuesOf = (input: unknown) => {
  const parsed = parseFormDefinition(input);
  return parsed.ok ? [] : parsed.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('parseFormDefinition', () => {
  it('accepts the example procedures and fills defaults', () => {
    const parsed = parseFormDefinition(residenceCertificate);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.definition.pages[0]?.sections[0]?.fields[5]).toMatchObject({
      key: 'phone',
      required: false,
      belgianOnly: false,
    });
    expect(parseFormDefinition(publicSpaceReport).ok).toBe(true);
  });

  it('points at the field with a wrong shape', () => {
    expect(issuesOf(form([page([text('a'), { key: 'b', type: 'colour', label: { fr: 'b' } }])]))).toEqual([
      expect.stringMatching(
        /^pages\.0\.sections\.0\.fields\.1\.type: type must be one of short-text, long-text, .*group$/,
      ),
    ]);
    expect(issuesOf(form([page([text('a', { maxLenght: 10 })])]))).toEqual([
      expect.stringMatching(/^pages\.0\.sections\.0\.fields\.0: Unrecognized key: "maxLenght"/),
    ]);
    expect(issuesOf(form([page([text('a b')])]))).toEqual([
      'pages.0.sections.0.fields.0.key: must be a key: a letter, then letters, digits, - or _ (at most 64)',
    ]);
  });

  it('requires texts with at least one language, and only known languages', () => {
    expect(issuesOf(form([page([text('a', { label: {} })])]))).toEqual([
      'pages.0.sections.0.fields.0.label: must have a text in at least one language (fr, nl, de, en)',
    ]);
    expect(issuesOf(form([page([text('a', { label: { es: 'Hola' } })])]))).toEqual([
      expect.stringMatching(/^pages\.0\.sections\.0\.fields\.0\.label: Unrecognized key: "es"/),
    ]);
  });

  it('checks limits that contradict each other', () => {
    expect(
      issuesOf(form([page([{ key: 'n', type: 'number', label: { fr: 'n' }, min: 5, max: 1 }])])),
    ).toEqual(['pages.0.sections.0.fields.0.min: min must not exceed max']);
    expect(
      issuesOf(
        form([page([{ key: 'd', type: 'date', label: { fr: 'd' }, min: '2026-02-01', max: '2026-01-01' }])]),
      ),
    ).toEqual(['pages.0.sections.0.fields.0.min: min must not be after max']);
    expect(
      issuesOf(form([page([{ key: 'd', type: 'date', label: { fr: 'd' }, min: 'today+9999y' }])])),
    ).toHaveLength(1);
    expect(issuesOf(form([page([{ key: 'd', type: 'date', label: { fr: 'd' }, min: 'tomorrow' }])]))).toEqual(
      [
        'pages.0.sections.0.fields.0.min: must be a date like 2026-07-01 or today, today+30d, today-18y (d, w, m, y; at most 999)',
      ],
    );
    expect(
      issuesOf(
        form([
          page([
            choice('c', {
              options: [
                { value: 'x', label: { fr: 'x' } },
                { value: 'x', label: { fr: 'y' } },
              ],
            }),
          ]),
        ]),
      ),
    ).toEqual(['pages.0.sections.0.fields.0.options.1.value: option x is listed twice']);
    const group = {
      key: 'people',
      type: 'group',
      label: { fr: 'p' },
      min: 3,
      max: 2,
      fields: [text('name')],
    };
    expect(issuesOf(form([page([group])]))).toEqual([
      'pages.0.sections.0.fields.0.min: min must not exceed max',
    ]);
  });

  it('refuses nested groups', () => {
    const inner = { key: 'inner', type: 'group', label: { fr: 'i' }, max: 2, fields: [text('x')] };
    const outer = { key: 'outer', type: 'group', label: { fr: 'o' }, max: 2, fields: [inner] };
    expect(issuesOf(form([page([outer])]))[0]).toMatch(
      /^pages\.0\.sections\.0\.fields\.0\.fields\.0\.type: type must be one of/,
    );
  });

  it('refuses a key used twice, in groups and computed values too', () => {
    const group = { key: 'people', type: 'group', label: { fr: 'p' }, max: 2, fields: [text('name')] };
    const computed = [{ key: 'name', label: { fr: 'Prix' }, expression: { op: 'constant', value: 1 } }];
    expect(issuesOf(form([page([text('name'), group])], { computed }))).toEqual([
      'pages.0.sections.0.fields.1.fields.0.key: key name is already used at pages.0.sections.0.fields.0',
      'computed.0.key: key name is already used at pages.0.sections.0.fields.0',
    ]);
  });

  it('refuses conditions on unknown keys, with the path of the reference', () => {
    const condition = {
      op: 'and',
      conditions: [
        { op: 'filled', field: 'a' },
        { op: 'not', condition: { op: 'filled', field: 'ghost' } },
      ],
    };
    expect(issuesOf(form([page([text('a'), text('b', { showIf: condition })])]))).toEqual([
      'pages.0.sections.0.fields.1.showIf.conditions.1.condition.field: ghost is not a field or computed value of this form',
    ]);
    expect(
      issuesOf(form([page([text('a')]), page([text('b')], { showIf: { op: 'filled', field: 'c' } })])),
    ).toEqual(['pages.1.showIf.field: c is not a field or computed value of this form']);
  });

  it('refuses references into a group from outside it', () => {
    const group = { key: 'people', type: 'group', label: { fr: 'p' }, max: 2, fields: [text('name')] };
    expect(issuesOf(form([page([group, text('b', { showIf: { op: 'filled', field: 'name' } })])]))).toEqual([
      "pages.0.sections.0.fields.1.showIf.field: name is inside the group people: only that group's fields can refer to it",
    ]);
  });

  it('refuses comparisons that cannot apply to the field', () => {
    expect(
      issuesOf(
        form([page([choice('c'), text('b', { showIf: { op: 'equals', field: 'c', value: 'maybe' } })])]),
      ),
    ).toEqual(['pages.0.sections.0.fields.1.showIf: "maybe" is not an option of c (yes, no)']);
    expect(
      issuesOf(
        form([page([text('a'), text('b', { requiredIf: { op: 'greaterThan', field: 'a', value: 3 } })])]),
      ),
    ).toEqual([
      'pages.0.sections.0.fields.1.requiredIf: greaterThan needs a number field or a computed value, and a is a short-text field',
    ]);
    expect(
      issuesOf(form([page([text('a'), text('b', { showIf: { op: 'before', field: 'a', date: 'today' } })])])),
    ).toEqual(['pages.0.sections.0.fields.1.showIf: before needs a date field, and a is a short-text field']);
    const yesNo = { key: 'y', type: 'yes-no', label: { fr: 'y' } };
    expect(
      issuesOf(form([page([yesNo, text('b', { showIf: { op: 'in', field: 'y', values: [true, 'no'] } })])])),
    ).toEqual(['pages.0.sections.0.fields.1.showIf: y is a yes-no field: compare it with true or false']);
  });

  it('accepts a reference to a later field when it makes no cycle', () => {
    expect(issuesOf(form([page([text('a', { showIf: { op: 'filled', field: 'b' } }), text('b')])]))).toEqual(
      [],
    );
  });

  it('refuses cycles, reported at the condition that closes them', () => {
    expect(
      issuesOf(
        form([
          page([
            text('a', { showIf: { op: 'filled', field: 'b' } }),
            text('b', { showIf: { op: 'filled', field: 'a' } }),
          ]),
        ]),
      ),
    ).toEqual(['pages.0.sections.0.fields.1.showIf.field: makes a cycle: a → b → a']);
    expect(issuesOf(form([page([text('a', { showIf: { op: 'filled', field: 'a' } })])]))).toEqual([
      'pages.0.sections.0.fields.0.showIf.field: makes a cycle: a → a',
    ]);
    expect(issuesOf(form([page([text('a')], { showIf: { op: 'filled', field: 'a' } })]))).toEqual([
      'pages.0.showIf.field: makes a cycle: a → a',
    ]);
    const group = {
      key: 'people',
      type: 'group',
      label: { fr: 'p' },
      max: 2,
      fields: [text('name', { showIf: { op: 'filled', field: 'people' } })],
    };
    expect(issuesOf(form([page([group])]))).toEqual([
      'pages.0.sections.0.fields.0.fields.0.showIf.field: makes a cycle: people → name → people',
    ]);
  });

  it('refuses cycles through computed values', () => {
    const number = {
      key: 'n',
      type: 'number',
      label: { fr: 'n' },
      integer: true,
      showIf: { op: 'greaterThan', field: 'price', value: 0 },
    };
    const computed = [{ key: 'price', label: { fr: 'Prix' }, expression: { op: 'field', field: 'n' } }];
    expect(issuesOf(form([page([number])], { computed }))).toEqual([
      'computed.0.expression.field: makes a cycle: n → price → n',
    ]);
  });

  it('checks what computed values read', () => {
    const fields = [
      text('a'),
      { key: 'n', type: 'number', label: { fr: 'n' } },
      choice('c'),
      { key: 'people', type: 'group', label: { fr: 'p' }, max: 3, fields: [text('name')] },
    ];
    const expression = {
      op: 'sum',
      terms: [
        { op: 'field', field: 'n' },
        { op: 'lookup', field: 'c', values: { yes: 100, maybe: 50 } },
        { op: 'lookup', field: 'a', values: {} },
        { op: 'count', field: 'c' },
        { op: 'count', field: 'people' },
        { op: 'constant', value: 1.5 },
      ],
    };
    expect(
      issuesOf(form([page(fields)], { computed: [{ key: 'price', label: { fr: 'Prix' }, expression }] })),
    ).toEqual(['computed.0.expression.terms.5.value: must be a whole number of cents']);
    expression.terms.pop();
    expect(
      issuesOf(form([page(fields)], { computed: [{ key: 'price', label: { fr: 'Prix' }, expression }] })),
    ).toEqual([
      'computed.0.expression.terms.0.field: n must be a number field with integer: true, or a computed value',
      'computed.0.expression.terms.1.values.maybe: maybe is not an option of c',
      'computed.0.expression.terms.2.field: a must be a single-choice or multiple-choice field',
      'computed.0.expression.terms.3.field: c must be a group',
    ]);
  });

  it('reports a definition that is not an object', () => {
    expect(issuesOf('form')).toEqual([expect.stringMatching(/^: /)]);
  });
});
