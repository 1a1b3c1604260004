import fc from 'fast-check';
import type * as z from 'zod';
import { createStructuredCommunication } from '../belgian/structured-communication.ts';
import type { conditionSchema } from '../conditions/schema.ts';
import { addToDate, daysBetween } from '../dates/calendar.ts';
import { resolveDateBound } from '../dates/date-bound.ts';
import type { FormDefinition, FormDefinitionInput } from '../definition/form-schema.ts';
import type { Field, fieldSchema, SimpleField, simpleFieldSchema } from '../fields/field-schema.ts';
import type { Language } from '../i18n/localized-text.ts';

type ConditionInput = z.input<typeof conditionSchema>;
type FieldInput = z.input<typeof fieldSchema>;
type SimpleFieldInput = z.input<typeof simpleFieldSchema>;

export const TODAYS = ['2026-12-01', '2024-02-29', '2031-01-01'] as const;

const text = fc
  .record({ fr: fc.constant('Texte') }, { requiredKeys: ['fr'] })
  .chain((fr) =>
    fc.option(fc.constant('Tekst'), { nil: undefined }).map((nl) => (nl === undefined ? fr : { ...fr, nl })),
  );

const OPTION_VALUES = ['a', 'b', 'c', 'd'] as const;
const options = fc
  .integer({ min: 1, max: 4 })
  .map((count) => OPTION_VALUES.slice(0, count).map((value) => ({ value, label: { fr: value } })));

const base = { key: 'placeholder', label: { fr: 'Champ' } };

/** Field bodies without key or conditions; every constraint combination generated is consistent. */
const simpleFieldBody: fc.Arbitrary<SimpleFieldInput> = fc.oneof(
  fc
    .record({
      minLength: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      maxLength: fc.integer({ min: 3, max: 30 }),
    })
    .map((limits) => ({ ...base, type: 'short-text' as const, ...limits })),
  fc.constant({ ...base, type: 'long-text' as const, maxLength: 100 }),
  fc
    .record({
      min: fc.option(fc.constantFrom(-5, 0, 1), { nil: undefined }),
      max: fc.option(fc.constantFrom(10, 100), { nil: undefined }),
      integer: fc.boolean(),
      hasStep: fc.boolean(),
    })
    .chain(({ hasStep, ...limits }) =>
      fc
        .constantFrom(...(limits.integer ? [1, 2] : [0.5, 0.25]))
        .map((step) => ({ ...base, type: 'number' as const, ...limits, ...(hasStep ? { step } : {}) })),
    ),
  fc
    .record({
      min: fc.option(fc.constantFrom('today-100y', 'today-30d', '2000-01-01'), { nil: undefined }),
      max: fc.option(fc.constantFrom('today', 'today+1y'), { nil: undefined }),
    })
    .map((bounds) => ({ ...base, type: 'date' as const, ...bounds })),
  fc
    .record({
      min: fc.option(fc.constant('today'), { nil: undefined }),
      maxDays: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
    })
    .map((bounds) => ({ ...base, type: 'date-range' as const, ...bounds })),
  fc
    .record({
      min: fc.option(fc.constant('08:00'), { nil: undefined }),
      max: fc.option(fc.constant('18:30'), { nil: undefined }),
    })
    .map((bounds) => ({ ...base, type: 'time' as const, ...bounds })),
  options.map((list) => ({ ...base, type: 'single-choice' as const, options: list })),
  options.chain((list) =>
    fc
      .record({
        minSelections: fc.option(fc.integer({ min: 1, max: list.length }), { nil: undefined }),
        maxSelections: fc.option(fc.integer({ min: list.length, max: 5 }), { nil: undefined }),
      })
      .map((limits) => ({ ...base, type: 'multiple-choice' as const, options: list, ...limits })),
  ),
  fc.constant({ ...base, type: 'yes-no' as const }),
  fc.constant({ ...base, type: 'email' as const }),
  fc.boolean().map((belgianOnly) => ({ ...base, type: 'phone' as const, belgianOnly })),
  fc.boolean().map((belgianOnly) => ({ ...base, type: 'address' as const, belgianOnly })),
  fc.constant({ ...base, type: 'niss' as const }),
  fc.boolean().map((belgianOnly) => ({ ...base, type: 'iban' as const, belgianOnly })),
  fc.constant({ ...base, type: 'structured-communication' as const }),
  fc.constant({ ...base, type: 'company-number' as const }),
  fc
    .record({
      accept: fc.constantFrom(['image/*'], ['application/pdf', 'image/jpeg']).map((list) => [...list]),
      maxSize: fc.integer({ min: 1, max: 5_000_000 }),
      maxFiles: fc.integer({ min: 1, max: 3 }),
    })
    .map((limits) => ({ ...base, type: 'file' as const, ...limits })),
  text.map((consentText) => ({ ...base, type: 'consent' as const, text: consentText })),
);

type Target = { key: string; field: SimpleFieldInput | FieldInput };

const optionValuesOf = (field: FieldInput): string[] =>
  field.type === 'single-choice' || field.type === 'multiple-choice'
    ? field.options.map((option) => option.value)
    : [];

const leaf = (target: Target): fc.Arbitrary<ConditionInput> => {
  const field = target.key;
  const filled = fc.constant({ op: 'filled' as const, field });
  const type = target.field.type;
  if (type === 'single-choice' || type === 'multiple-choice') {
    const values = optionValuesOf(target.field);
    return fc.oneof(
      fc.constantFrom(...values).map((value) => ({ op: 'equals' as const, field, value })),
      fc.constantFrom(...values).map((value) => ({ op: 'notEquals' as const, field, value })),
      fc.subarray(values, { minLength: 1 }).map((list) => ({ op: 'in' as const, field, values: list })),
      filled,
    );
  }
  if (type === 'yes-no')
    return fc.oneof(
      fc.boolean().map((value) => ({ op: 'equals' as const, field, value })),
      filled,
    );
  if (type === 'number') {
    return fc.oneof(
      fc.integer({ min: -5, max: 50 }).map((value) => ({ op: 'greaterThan' as const, field, value })),
      fc.integer({ min: -5, max: 50 }).map((value) => ({ op: 'lessThan' as const, field, value })),
      fc.integer({ min: 0, max: 3 }).map((value) => ({ op: 'equals' as const, field, value })),
      filled,
    );
  }
  if (type === 'date') {
    const date = fc.constantFrom('today', 'today-18y', '2025-06-01');
    return fc.oneof(
      date.map((bound) => ({ op: 'before' as const, field, date: bound })),
      date.map((bound) => ({ op: 'after' as const, field, date: bound })),
      filled,
    );
  }
  return filled;
};

/** A condition over some of the targets, nested at most two levels; undefined when there is none. */
const conditionOver = (targets: readonly Target[]): fc.Arbitrary<ConditionInput | undefined> => {
  if (targets.length === 0) return fc.constant(undefined);
  const leaves = fc.constantFrom(...targets).chain(leaf);
  const node = fc.oneof(
    { weight: 3, arbitrary: leaves },
    {
      weight: 1,
      arbitrary: fc
        .array(leaves, { minLength: 1, maxLength: 3 })
        .map((conditions) => ({ op: 'and' as const, conditions })),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(leaves, { minLength: 1, maxLength: 3 })
        .map((conditions) => ({ op: 'or' as const, conditions })),
    },
    { weight: 1, arbitrary: leaves.map((condition) => ({ op: 'not' as const, condition })) },
  );
  return fc.option(node, { nil: undefined, freq: 2 });
};

const conditions = (targets: readonly Target[]) =>
  fc.record({ required: fc.boolean(), showIf: conditionOver(targets), requiredIf: conditionOver(targets) });

const withConditions = <F extends FieldInput>(
  field: F,
  key: string,
  found: { required: boolean; showIf: ConditionInput | undefined; requiredIf: ConditionInput | undefined },
): F => ({
  ...field,
  key,
  required: found.required,
  ...(found.showIf === undefined ? {} : { showIf: found.showIf }),
  ...(found.requiredIf === undefined ? {} : { requiredIf: found.requiredIf }),
});

type Placed = { field: FieldInput; newPage: boolean; newSection: boolean };

/** Fields whose conditions name only fields before them (so no cycle); groups' fields also their earlier siblings. */
const placedFields = (count: number): fc.Arbitrary<Placed[]> => {
  const step = (index: number, earlier: Target[]): fc.Arbitrary<Placed[]> => {
    if (index === count) return fc.constant([]);
    const key = `f${index}`;
    const isGroup = fc.boolean().map((group) => group && index > 0);
    return fc
      .record({
        isGroup,
        body: simpleFieldBody,
        children: fc.array(simpleFieldBody, { minLength: 1, maxLength: 3 }),
        found: conditions(earlier),
        newPage: fc.boolean(),
        newSection: fc.boolean(),
        limits: fc.record({ min: fc.integer({ min: 0, max: 2 }), extra: fc.integer({ min: 1, max: 3 }) }),
      })
      .chain(({ isGroup: group, body, children, found, newPage, newSection, limits }) => {
        if (!group) {
          const field = withConditions(body, key, found);
          return step(index + 1, [...earlier, { key, field }]).map((rest) => [
            { field, newPage, newSection },
            ...rest,
          ]);
        }
        const childArbitraries = children.reduce<fc.Arbitrary<SimpleFieldInput[]>>(
          (built, child, childIndex) =>
            built.chain((done) =>
              conditions([...earlier, ...done.map((sibling) => ({ key: sibling.key, field: sibling }))]).map(
                (childFound) => [...done, withConditions(child, `${key}s${childIndex}`, childFound)],
              ),
            ),
          fc.constant([]),
        );
        return childArbitraries.chain((fields) => {
          const field: FieldInput = withConditions(
            { ...base, type: 'group' as const, fields, min: limits.min, max: limits.min + limits.extra },
            key,
            found,
          );
          return step(index + 1, [...earlier, { key, field }]).map((rest) => [
            { field, newPage, newSection },
            ...rest,
          ]);
        });
      });
  };
  return step(0, []);
};

const integerNumberKeys = (fields: FieldInput[]) =>
  fields.filter((field) => field.type === 'number' && field.integer === true).map((field) => field.key);

/** A price: lookups of choices times integer numbers, plus a conditional fee. */
const computedOver = (
  fields: FieldInput[],
  targets: Target[],
): fc.Arbitrary<FormDefinitionInput['computed']> => {
  const choices = fields.filter(
    (field) => field.type === 'single-choice' || field.type === 'multiple-choice',
  );
  const lookups = choices.map((field) => ({
    op: 'lookup' as const,
    field: field.key,
    values: Object.fromEntries(optionValuesOf(field).map((value, index) => [value, (index + 1) * 250])),
  }));
  const numbers = integerNumberKeys(fields).map((field) => ({ op: 'field' as const, field }));
  const groups = fields
    .filter((field) => field.type === 'group')
    .map((field) => ({ op: 'count' as const, field: field.key }));
  return fc
    .record({
      terms: fc.subarray([...lookups, ...numbers, ...groups]),
      condition: conditionOver(targets),
      present: fc.boolean(),
    })
    .map(({ terms, condition, present }) => {
      if (!present) return [];
      const fee =
        condition === undefined
          ? []
          : [{ op: 'when' as const, condition, value: { op: 'constant' as const, value: 150 } }];
      return [
        {
          key: 'price',
          label: { fr: 'Prix' },
          expression: {
            op: 'sum' as const,
            terms: [
              { op: 'constant' as const, value: 100 },
              ...terms.map((term) => ({
                op: 'product' as const,
                factors: [term, { op: 'constant' as const, value: 2 }],
              })),
              ...fee,
            ],
          },
        },
      ];
    });
};

/** Definitions with arbitrary fields, groups, conditions (on fields, sections and pages) and a computed price. */
export const definitionInput: fc.Arbitrary<FormDefinitionInput> = fc
  .integer({ min: 1, max: 7 })
  .chain(placedFields)
  .chain((placed) =>
    // Fields are laid out in any order, so conditions also name fields further down the form.
    fc
      .shuffledSubarray([...placed.keys()], { minLength: placed.length, maxLength: placed.length })
      .map((order) => ({ placed, order })),
  )
  .chain(({ placed, order }) => {
    // A page's or section's condition names only fields generated before all of its fields.
    type Built = { lowest: number; fields: FieldInput[] };
    const pages: (Built & { sections: Built[] })[] = [];
    for (const index of order) {
      const item = placed[index];
      if (item === undefined) continue;
      const page = pages.at(-1);
      if (page === undefined || item.newPage) {
        pages.push({ lowest: index, fields: [], sections: [{ lowest: index, fields: [item.field] }] });
        continue;
      }
      page.lowest = Math.min(page.lowest, index);
      const section = page.sections.at(-1);
      if (section === undefined || item.newSection)
        page.sections.push({ lowest: index, fields: [item.field] });
      else {
        section.lowest = Math.min(section.lowest, index);
        section.fields.push(item.field);
      }
    }
    const fields = placed.map(({ field }) => field);
    const targetsBefore = (count: number) =>
      fields.slice(0, count).map((field) => ({ key: field.key, field }));
    return fc.record({
      pages: fc.tuple(
        ...pages.map((page) =>
          fc.record({
            showIf: conditionOver(targetsBefore(page.lowest)),
            sections: fc.tuple(
              ...page.sections.map((section) =>
                conditionOver(targetsBefore(section.lowest)).map((showIf) => ({
                  ...(showIf === undefined ? {} : { showIf }),
                  fields: section.fields,
                })),
              ),
            ),
          }),
        ),
      ),
      computed: computedOver(fields, targetsBefore(fields.length)),
    });
  })
  .map(({ pages, computed }) => ({
    key: 'generated',
    version: 1,
    title: { fr: 'Formulaire' },
    pages: pages.map(({ showIf, sections }) => ({
      title: { fr: 'Page' },
      ...(showIf === undefined ? {} : { showIf }),
      sections,
    })),
    computed,
  }));

const DAY_RANGE = 36_500;

const dayBetween = (low: string | undefined, high: string | undefined): fc.Arbitrary<string> => {
  const span = low !== undefined && high !== undefined ? (daysBetween(low, high) ?? 0) : 0;
  return fc
    .integer({ min: 0, max: Math.max(0, span) })
    .map((offset) => (low === undefined ? '2000-01-01' : (addToDate(low, offset, 'd') ?? low)));
};

const boundsOf = (field: { min?: string | undefined; max?: string | undefined }, today: string) => ({
  low: field.min === undefined ? addToDate(today, -DAY_RANGE, 'd') : resolveDateBound(field.min, today),
  high: field.max === undefined ? addToDate(today, 3650, 'd') : resolveDateBound(field.max, today),
});

const letters = (min: number, max: number) =>
  fc
    .array(fc.constantFrom('a', 'é', 'Z', '7', '-'), {
      minLength: Math.max(1, min),
      maxLength: Math.max(1, max),
    })
    .map((chars) => chars.join(''));

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** A valid, non-empty answer to one field. */
const validValue = (field: SimpleField, today: string, lang: Language | undefined): fc.Arbitrary<unknown> => {
  switch (field.type) {
    case 'short-text':
    case 'long-text':
      return letters(field.minLength ?? 1, field.maxLength);
    case 'number': {
      const low = field.min ?? -1000;
      const high = field.max ?? 1000;
      if (field.step !== undefined) {
        const step = field.step;
        const start = field.min ?? 0;
        return fc
          .integer({ min: 0, max: Math.floor((high - start) / step) })
          .map((count) => start + count * step);
      }
      return field.integer
        ? fc.integer({ min: low, max: high })
        : fc.double({ min: low, max: high, noNaN: true });
    }
    case 'date': {
      const { low, high } = boundsOf(field, today);
      return dayBetween(low, high);
    }
    case 'date-range': {
      const { low, high } = boundsOf(field, today);
      return dayBetween(low, high).chain((start) =>
        fc
          .integer({ min: 0, max: (field.maxDays ?? 30) - 1 })
          .map((length) => ({ start, end: addToDate(start, length, 'd') })),
      );
    }
    case 'time': {
      const low = field.min === undefined ? 0 : 8 * 60;
      const high = field.max === undefined ? 23 * 60 + 59 : 18 * 60 + 30;
      return fc
        .integer({ min: low, max: high })
        .map((minutes) => `${twoDigits(Math.floor(minutes / 60))}:${twoDigits(minutes % 60)}`);
    }
    case 'single-choice':
      return fc.constantFrom(...field.options.map((option) => option.value));
    case 'multiple-choice': {
      const values = field.options.map((option) => option.value);
      return fc.subarray(values, {
        minLength: field.minSelections ?? 1,
        maxLength: Math.min(values.length, field.maxSelections ?? values.length),
      });
    }
    case 'yes-no':
      return fc.boolean();
    case 'email':
      return fc.constantFrom('marie@example.be', ' jan.peeters@gent.be ', 'x@y.org');
    case 'phone':
      return fc.constantFrom(
        '04 221 84 11',
        '+32 470 12 34 56',
        ...(field.belgianOnly ? [] : ['+33 1 42 68 53 00']),
      );
    case 'address':
      return fc.oneof(
        fc.integer({ min: 1000, max: 9999 }).map((code) => ({
          street: 'Rue Haute',
          number: '3',
          box: 'B',
          postalCode: String(code),
          city: 'Liège',
        })),
        ...(field.belgianOnly
          ? []
          : [
              fc.constant({
                street: 'Rue de Rivoli',
                number: '1',
                postalCode: '75001',
                city: 'Paris',
                country: 'fr',
              }),
            ]),
      );
    case 'niss':
      return fc.constantFrom('85.07.30-033.28', '01.02.03-123.45', '85073003328');
    case 'iban':
      return fc.constantFrom('BE68 5390 0754 7034', ...(field.belgianOnly ? [] : ['NL91 ABNA 0417 1643 00']));
    case 'structured-communication':
      return fc.stringMatching(/^\d{10}$/).map((digits) => {
        const created = createStructuredCommunication(digits);
        return created.ok ? created.value : digits;
      });
    case 'company-number':
      return fc.constantFrom('0123.456.749', 'BE 0203 201 340');
    case 'file': {
      const type = field.accept.map((pattern) => pattern.replace('*', 'png'));
      const file = fc.record({
        name: fc.constant('photo.png'),
        type: fc.constantFrom(...type),
        size: fc.integer({ min: 0, max: field.maxSize }),
      });
      return fc.array(file, { minLength: 1, maxLength: field.maxFiles });
    }
    case 'consent': {
      // The text shown is the form language's, or any translation when it has none.
      const inLanguage = lang === undefined ? undefined : field.text[lang];
      const shown = inLanguage === undefined ? Object.values(field.text) : [inLanguage];
      return fc.constantFrom(...shown).map((text) => ({ accepted: true, text }));
    }
  }
};

const answersFor = (
  fields: readonly Field[],
  today: string,
  lang: Language | undefined,
): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(
      ...fields.map((field) => {
        const value: fc.Arbitrary<unknown> =
          field.type === 'group'
            ? fc.array(answersFor(field.fields, today, lang), {
                minLength: Math.max(field.min, field.required || field.requiredIf !== undefined ? 1 : 0),
                maxLength: field.max,
              })
            : validValue(field, today, lang);
        const mustAnswer = field.required || field.requiredIf !== undefined;
        return (mustAnswer ? value : fc.option(value, { nil: undefined })).map(
          (answer) => [field.key, answer] as const,
        );
      }),
    )
    .map((entries) => Object.fromEntries(entries.filter(([, answer]) => answer !== undefined)));

/** A valid answer to every field, hidden or not (`cleanAnswers` then drops the hidden ones). */
export const answersToEveryField = (definition: FormDefinition, today: string, lang?: Language) =>
  answersFor(
    definition.pages.flatMap((page) => page.sections.flatMap((section) => section.fields)),
    today,
    lang,
  );

/** Untrusted answers: any JSON, or the form's keys (and a few others) with any JSON or valid values. */
export const untrustedAnswers = (definition: FormDefinition, today: string): fc.Arbitrary<unknown> => {
  const keys = [
    ...definition.pages.flatMap((page) =>
      page.sections.flatMap((section) =>
        section.fields.flatMap((field) => [
          field.key,
          ...(field.type === 'group' ? field.fields.map((child) => child.key) : []),
        ]),
      ),
    ),
    'constructor',
    '__proto__',
    'extra',
  ];
  const anyValue = fc.jsonValue({ maxDepth: 3 });
  return fc.oneof(
    anyValue,
    fc.dictionary(fc.constantFrom(...keys), anyValue, { maxKeys: 8 }),
    fc
      .tuple(
        answersToEveryField(definition, today, 'fr'),
        fc.dictionary(fc.constantFrom(...keys), anyValue, { maxKeys: 3 }),
      )
      .map(([valid, noise]) => ({ ...valid, ...noise })),
  );
};
