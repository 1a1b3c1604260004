import type { AnswerError } from '@communa/forms';
import type { Language } from '../core/tenant-types.ts';
import { answerErrorText } from './answer-error-messages.ts';
import { formatBytes } from './answer-format.ts';
import type { FormMessageKey } from './form-messages.ts';
import { type ErrorTarget, errorTarget, type FieldPlace, type LocalizedField } from './form-paths.ts';

type Translate = (key: FormMessageKey, params?: Readonly<Record<string, string>>) => string;

/** One error as the citizen reads it: at its control and, with the field's name, in the summary. */
export interface ErrorEntry {
  /** The control showing it (empty when the error is about no field). */
  control: string;
  /** The message at the control. */
  message: string;
  /** The line of the error summary: the field's name and the message. */
  summary: string;
}

const PART_LABELS: Readonly<Record<string, FormMessageKey>> = {
  street: 'street',
  number: 'number',
  box: 'box',
  postalCode: 'postalCode',
  city: 'city',
  country: 'country',
  start: 'rangeStart',
  end: 'rangeEnd',
};

const numberOf = (field: LocalizedField, key: string): number | undefined => {
  const value: unknown = (field as Record<string, unknown>)[key];
  return typeof value === 'number' ? value : undefined;
};

/** The limits a message may quote, from the field's definition. */
function limits(field: LocalizedField | undefined, lang: Language): Record<string, string> {
  if (field === undefined) return {};
  const first = (...keys: string[]) =>
    keys.map((key) => numberOf(field, key)).find((value) => value !== undefined);
  const params: Record<string, string> = {};
  const entries = {
    min: first('minLength', 'minSelections', 'min'),
    max: first('maxLength', 'maxSelections', 'maxFiles', 'max'),
    step: first('step'),
    days: first('maxDays'),
  };
  for (const [name, value] of Object.entries(entries)) {
    if (value !== undefined) params[name] = new Intl.NumberFormat(lang).format(value);
  }
  const maxSize = numberOf(field, 'maxSize');
  if (maxSize !== undefined) params.size = formatBytes(maxSize, lang);
  return params;
}

/** The field's name as the summary gives it: with the group item and the part of a composite field. */
function targetLabel(target: ErrorTarget, t: Translate): string {
  const names: string[] = [];
  if (target.item) {
    const item = target.item.group.itemLabel ?? t('itemDefault');
    names.push(t('itemNumbered', { item, number: String(target.item.index + 1) }));
  }
  if (target.field) names.push(target.field.label);
  const part = target.part === undefined ? undefined : PART_LABELS[target.part];
  if (part) names.push(t(part));
  return names.join(' – ');
}

/** Errors (the browser's or the server's, the same codes) as messages at their controls and in the summary. */
export function describeErrors(
  errors: readonly AnswerError[],
  places: ReadonlyMap<string, FieldPlace>,
  lang: Language,
  t: Translate,
): ErrorEntry[] {
  return errors.map((error) => {
    const target = errorTarget(places, error.path);
    const message = answerErrorText(lang, error.code, limits(target.field, lang));
    const label = targetLabel(target, t);
    return {
      control: target.control,
      message,
      summary: label ? t('errorAt', { field: label, message }) : message,
    };
  });
}

/** The messages of each control, in the order the errors came. */
export function messagesByControl(entries: readonly ErrorEntry[]): Map<string, string[]> {
  const byControl = new Map<string, string[]>();
  for (const { control, message } of entries) {
    if (!control) continue;
    const messages = byControl.get(control) ?? [];
    if (!messages.includes(message)) messages.push(message);
    byControl.set(control, messages);
  }
  return byControl;
}
