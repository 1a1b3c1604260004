import type { TemplateResult } from 'lit';
import type { Language, LocalizedText } from '../core/tenant-types.ts';
import type { EventRequestMessageKey } from './event-request-messages.ts';

export type RequestTranslate = (
  key: EventRequestMessageKey,
  params?: Readonly<Record<string, string>>,
) => string;

/** What the templates of the request's own steps need of the element. */
export interface StepView {
  ui: Language;
  t: RequestTranslate;
  /** A text of the commune in the content language. */
  content(text: LocalizedText): string;
  /** Error messages by control (`title`, `startDay`, `equipment.tables`, …). */
  messages: ReadonlyMap<string, readonly string[]>;
  heading(level: number, text: string, id?: string): TemplateResult;
  /** Level of the headings inside a step. */
  sectionLevel: number;
}

/** The DOM id of a control of the request's own steps, as the forms engine's fields name theirs. */
export function controlId(control: string): string {
  return `f-${control.replaceAll('.', '-')}`;
}

export function errorId(control: string): string {
  return `${controlId(control)}-error`;
}
