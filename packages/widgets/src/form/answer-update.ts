import { partOf, withPart } from './input-values.ts';

type Answers = Readonly<Record<string, unknown>>;

function setPart(current: unknown, parts: readonly string[], value: unknown): unknown {
  const [part, ...rest] = parts;
  if (part === undefined) return value === '' ? undefined : value;
  return withPart(current, part, setPart(partOf(current, part), rest, value));
}

/**
 * The answers with the value at a dotted path set (undefined removes it): `email`,
 * `address.postalCode`, `people.1.birthDate`. A group item stays an object even when emptied,
 * since the citizen added it; an emptied address or range disappears.
 */
export function setAnswer(
  answers: Answers,
  path: string,
  value: unknown,
  isGroup: (key: string) => boolean,
): Record<string, unknown> {
  const [key = '', ...rest] = path.split('.');
  const next: Record<string, unknown> = { ...answers };
  let updated: unknown;
  if (isGroup(key)) {
    const [index = '', ...childPath] = rest;
    const items: unknown[] = Array.isArray(answers[key]) ? [...(answers[key] as unknown[])] : [];
    const position = Number(index);
    if (!Number.isInteger(position) || position < 0 || position >= items.length) return next;
    items[position] = setPart(items[position], childPath, value) ?? {};
    updated = items;
  } else {
    updated = setPart(answers[key], rest, value);
  }
  if (updated === undefined) delete next[key];
  else next[key] = updated;
  return next;
}

/** A group with one more, empty, item. */
export function addItem(answers: Answers, key: string): Record<string, unknown> {
  const items = Array.isArray(answers[key]) ? (answers[key] as unknown[]) : [];
  return { ...answers, [key]: [...items, {}] };
}

/** A group without its item at `index`; an emptied group is no answer. */
export function removeItem(answers: Answers, key: string, index: number): Record<string, unknown> {
  const items = Array.isArray(answers[key]) ? (answers[key] as unknown[]) : [];
  const next: Record<string, unknown> = { ...answers };
  const kept = items.filter((_, position) => position !== index);
  if (kept.length === 0) delete next[key];
  else next[key] = kept;
  return next;
}
