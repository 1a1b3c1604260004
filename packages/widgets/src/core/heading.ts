import { literal, type StaticValue } from 'lit/static-html.js';
import { clampHeadingLevel } from './heading-level.ts';

const HEADING_TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`] as const;

/** The heading tag for a level, for `lit/static-html.js` templates: the host page sets the outline. */
export function headingTag(level: number): StaticValue {
  return HEADING_TAGS[clampHeadingLevel(level) - 1] ?? literal`h2`;
}
