import type { Transaction } from '@communa/db';
import { formDefinitions } from '@communa/db';
import type { FormDefinition } from '@communa/forms';
import { parseFormDefinition } from '@communa/forms';
import type { Language, LocalizedText } from '@communa/tenant-config';
import { localize } from '@communa/tenant-config';
import { and, eq, or } from 'drizzle-orm';
import { answerText, definitionFields } from '../form-staff/answer-text.ts';

/** One answer to a stage's questions, labelled by the version it was given to, in each offered language. */
export interface LabelledAnswer {
  key: string;
  label: LocalizedText;
  text: LocalizedText;
}

type AnsweredRow = {
  answers: Record<string, unknown> | null;
  answersFormKey: string | null;
  answersFormVersion: number | null;
};

const versionKey = (key: string, version: number) => `${key}@${version}`;

/** The definitions of the form versions the rows' answers were given to, in one read. */
export async function answeredDefinitions(
  tx: Transaction,
  tenantId: string,
  rows: readonly AnsweredRow[],
): Promise<Map<string, FormDefinition>> {
  const pairs = new Map<string, { key: string; version: number }>();
  for (const row of rows)
    if (row.answersFormKey !== null && row.answersFormVersion !== null)
      pairs.set(versionKey(row.answersFormKey, row.answersFormVersion), {
        key: row.answersFormKey,
        version: row.answersFormVersion,
      });
  if (pairs.size === 0) return new Map();
  const found = await tx
    .select({
      key: formDefinitions.formKey,
      version: formDefinitions.version,
      definition: formDefinitions.definition,
    })
    .from(formDefinitions)
    .where(
      and(
        eq(formDefinitions.tenantId, tenantId),
        or(
          ...[...pairs.values()].map((pair) =>
            and(eq(formDefinitions.formKey, pair.key), eq(formDefinitions.version, pair.version)),
          ),
        ),
      ),
    );
  return new Map(
    found.map((row) => {
      const parsed = parseFormDefinition(row.definition);
      // tenants:apply wrote only definitions that parsed; one that does not any more is a bug.
      if (!parsed.ok) throw new Error(`stored form ${row.key} v${row.version} does not parse`);
      return [versionKey(row.key, row.version), parsed.definition] as const;
    }),
  );
}

/** A child's answers in the order of its version's fields, labelled in every offered language. */
export function labelledAnswers(
  row: AnsweredRow,
  definitions: ReadonlyMap<string, FormDefinition>,
  languages: { offered: readonly Language[]; default: Language },
): LabelledAnswer[] {
  const { answers, answersFormKey, answersFormVersion } = row;
  if (answers === null || answersFormKey === null || answersFormVersion === null) return [];
  const definition = definitions.get(versionKey(answersFormKey, answersFormVersion));
  if (!definition) return [];
  const inEach = (text: (lang: Language) => string): LocalizedText =>
    Object.fromEntries(languages.offered.map((lang) => [lang, text(lang)]));
  return definitionFields(definition)
    .filter((field) => answers[field.key] !== undefined)
    .map((field) => ({
      key: field.key,
      label: inEach((lang) => localize(field.label, lang, languages.default)),
      text: inEach((lang) => answerText(field, answers[field.key], lang, languages.default)),
    }));
}
