import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validStagesYaml } from '../testing/valid-stages-yaml.ts';
import { checkStagesContent } from './check-stages-content.ts';
import { parseStagesYaml } from './parse-stages-yaml.ts';

const CONTEXT = {
  file: 'stages.yaml',
  languages: { offered: ['fr', 'nl'] as const, default: 'fr' as const },
  timeZone: 'Europe/Brussels',
};

describe('checkStagesContent', () => {
  it('gives what the file gives for the same content', () => {
    const input = parse(validStagesYaml()) as { places: unknown[]; stages: unknown[] };
    const { shared: _shared, ...content } = input as typeof input & { shared?: unknown };
    expect(checkStagesContent(content, CONTEXT).stages).toEqual(
      parseStagesYaml(validStagesYaml(), CONTEXT).stages,
    );
  });

  it('reports each error at its path, a number sent as a string included', () => {
    const input = parse(validStagesYaml()) as { places: unknown[]; stages: Record<string, unknown>[] };
    const [stage] = input.stages;
    if (stage) stage.category = 'chess';
    const sessions = stage?.sessions as Record<string, unknown>[];
    const [session] = sessions;
    if (session) session.capacity = '24';
    const { issues } = checkStagesContent({ places: input.places, stages: input.stages }, CONTEXT);
    expect(issues.map((issue) => issue.path)).toEqual(['stages.0.category', 'stages.0.sessions.0.capacity']);
  });
});
