import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import readme from '../README.md?raw';
import { parseFormDefinition } from './definition/parse-definition.ts';
import { validateAnswers } from './validation/validate-answers.ts';

const blocks = (language: string) =>
  [...readme.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map(
    (match) => match[1] ?? '',
  );

describe('README examples', () => {
  const definitions = blocks('yaml').map((text) => parseFormDefinition(parse(text)));

  it('are valid definitions', () => {
    expect(definitions).toHaveLength(2);
    for (const parsed of definitions) expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it('accept the example answers', () => {
    const report = definitions[1];
    const [answers] = blocks('json');
    if (report === undefined || !report.ok || answers === undefined) throw new Error('examples missing');
    expect(
      validateAnswers(report.definition, JSON.parse(answers.replace('"…"', '"upload-1"')), {
        today: '2026-12-01',
      }),
    ).toMatchObject({
      ok: true,
    });
  });
});
