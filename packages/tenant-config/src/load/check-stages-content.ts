import { Document } from 'yaml';
import { type ParsedStagesYaml, parseStagesYaml, type StagesContext } from './parse-stages-yaml.ts';

/**
 * A commune's stages sent as JSON (the back-office's stage editor), checked exactly as its stages.yaml
 * would be: the same schema, checks and translation warnings, with the same dotted paths.
 */
export const checkStagesContent = (
  input: { places: readonly unknown[]; stages: readonly unknown[] },
  context: StagesContext,
): ParsedStagesYaml =>
  parseStagesYaml(new Document(input, { aliasDuplicateObjects: false }).toString(), context);
