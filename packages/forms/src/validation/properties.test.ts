import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../definition/form-schema.ts';
import { parseFormDefinition } from '../definition/parse-definition.ts';
import { localizeDefinition } from '../i18n/localize-definition.ts';
import { missingTranslations } from '../i18n/missing-translations.ts';
import { answersToEveryField, definitionInput, TODAYS, untrustedAnswers } from '../testing/arbitraries.ts';
import type { ValidationOptions } from './answer-error.ts';
import { cleanAnswers } from './clean-answers.ts';
import { formState } from './form-state.ts';
import { validateAnswers, validatePage } from './validate-answers.ts';

const RUNS = 300;

/** Generous for a loaded machine: each property takes one to three seconds here. */
const TIMEOUT = 30_000;

const definition = definitionInput.map((input) => {
  const parsed = parseFormDefinition(input);
  if (!parsed.ok) throw new Error(`generated an invalid definition: ${JSON.stringify(parsed.issues)}`);
  return parsed.definition;
});

const options: fc.Arbitrary<ValidationOptions> = fc.record(
  { today: fc.constantFrom(...TODAYS), lang: fc.constantFrom('fr' as const, 'nl' as const) },
  { requiredKeys: ['today'] },
);

/** A definition, options, and untrusted answers for it. */
const untrusted = fc
  .tuple(definition, options)
  .chain(([form, opts]) => untrustedAnswers(form, opts.today).map((answers) => ({ form, opts, answers })));

/** A definition, options, and valid answers for it (hidden ones dropped). */
const valid = fc.tuple(definition, options).chain(([form, opts]) =>
  answersToEveryField(form, opts.today, opts.lang).map((everything) => ({
    form,
    opts,
    answers: cleanAnswers(form, everything, opts),
  })),
);

const roundTrip = (value: unknown): unknown => {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
};

const everything = (form: FormDefinition, answers: unknown, opts: ValidationOptions) => ({
  answers: validateAnswers(form, answers, opts),
  pages: form.pages.map((_, index) => validatePage(form, answers, index, opts)),
  cleaned: cleanAnswers(form, answers, opts),
  state: formState(form, answers, opts),
});

describe('generated definitions', () => {
  it(
    'are accepted, and their translations and localisation never throw',
    () => {
      fc.assert(
        fc.property(definitionInput, (input) => {
          const parsed = parseFormDefinition(input);
          expect(parsed.ok ? [] : parsed.issues).toEqual([]);
          if (!parsed.ok) return;
          expect(Array.isArray(missingTranslations(parsed.definition, ['fr', 'nl', 'de']))).toBe(true);
          expect(localizeDefinition(parsed.definition, 'nl', 'fr').title).toBe('Formulaire');
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

describe('validation properties', () => {
  it(
    '(a) never throws, whatever the answers',
    () => {
      fc.assert(
        fc.property(untrusted, ({ form, opts, answers }) => {
          everything(form, answers, opts);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    '(a) never throws on answers that are not JSON or options that are wrong',
    () => {
      fc.assert(
        fc.property(definition, fc.anything(), fc.anything(), (form, answers, opts) => {
          // Options are typed, but JavaScript callers may pass anything.
          const loose = opts as ValidationOptions;
          everything(form, answers, loose);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    '(b) gives the same result twice and after a JSON round trip',
    () => {
      fc.assert(
        fc.property(untrusted, ({ form, opts, answers }) => {
          const first = JSON.stringify(everything(form, answers, opts));
          expect(JSON.stringify(everything(form, answers, opts))).toBe(first);
          const copy = parseFormDefinition(roundTrip(form));
          expect(copy.ok).toBe(true);
          if (!copy.ok) return;
          expect(JSON.stringify(everything(copy.definition, roundTrip(answers), opts))).toBe(first);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    '(c) cleaned answers hold no hidden or unknown answer, and stay accepted when the raw ones were',
    () => {
      fc.assert(
        fc.property(fc.oneof(untrusted, valid), ({ form, opts, answers }) => {
          const raw = validateAnswers(form, answers, opts);
          const cleaned = cleanAnswers(form, answers, opts);
          const result = validateAnswers(form, cleaned, opts);
          const codes = result.ok ? [] : result.errors.map((error) => error.code);
          expect(codes).not.toContain('hidden_field');
          expect(codes).not.toContain('unknown_field');
          const state = formState(form, cleaned, opts);
          for (const key of Object.keys(cleaned)) expect(state.fields[key]?.visible).toBe(true);
          expect(cleanAnswers(form, cleaned, opts)).toEqual(cleaned);
          if (raw.ok) expect(result).toEqual(raw);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'pages give, together, the errors of the whole form but for unknown keys and computed values',
    () => {
      fc.assert(
        fc.property(fc.oneof(untrusted, valid), ({ form, opts, answers }) => {
          const whole = validateAnswers(form, answers, opts);
          const byPage = form.pages.flatMap((_, index) => {
            const page = validatePage(form, answers, index, opts);
            return page.ok ? [] : page.errors;
          });
          const formWide = new Set([
            'unknown_field',
            'computed_out_of_range',
            'invalid_answers',
            'invalid_options',
          ]);
          const expected = whole.ok ? [] : whole.errors.filter((error) => !formWide.has(error.code));
          expect(byPage.filter((error) => !formWide.has(error.code))).toEqual(expected);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    '(d) accepts answers generated to be valid, and accepts its own output unchanged',
    () => {
      fc.assert(
        fc.property(valid, ({ form, opts, answers }) => {
          const result = validateAnswers(form, answers, opts);
          expect(result.ok ? [] : result.errors).toEqual([]);
          if (!result.ok) return;
          expect(validateAnswers(form, result.value, opts)).toEqual(result);
          form.pages.forEach((_, index) => {
            expect(validatePage(form, answers, index, opts).ok).toBe(true);
          });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
