import {
  type FormState,
  formatCompanyNumber,
  formatIban,
  formatNiss,
  formatPhone,
  formatStructuredCommunication,
  type LocalizedDefinition,
} from '@communa/forms';
import type { Language } from '../core/tenant-types.ts';
import type { FormMessageKey } from './form-messages.ts';
import type { LocalizedSimpleField } from './form-paths.ts';
import { partOf } from './input-values.ts';

type Translate = (key: FormMessageKey, params?: Readonly<Record<string, string>>) => string;

/** One answer on the review page; a group lists its items, each with its own rows. */
export type ReviewRow =
  | { kind: 'answer'; key: string; label: string; text: string | undefined }
  | { kind: 'group'; key: string; label: string; items: { title: string; rows: ReviewRow[] }[] };

const KIBIBYTE = 1024;

/** A size in the unit people read: `850 kB`, `2.4 MB`. */
export function formatBytes(bytes: number, lang: Language): string {
  const [value, unit] =
    bytes >= KIBIBYTE * KIBIBYTE
      ? [bytes / (KIBIBYTE * KIBIBYTE), 'megabyte']
      : [bytes / KIBIBYTE, 'kilobyte'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** Computed values are whole cents: shown as euros. */
export function formatAmount(cents: number, lang: Language): string {
  return new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** A calendar day (`2026-07-01`) in the citizen's language, read as a day, not an instant. */
export function formatDay(day: string, lang: Language): string {
  const date = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(date.getTime())
    ? day
    : new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function optionLabel(field: LocalizedSimpleField, value: unknown): string {
  if (!('options' in field)) return String(value);
  return field.options.find((option) => option.value === value)?.label ?? String(value);
}

function formatAddress(value: unknown): string {
  const line1 = [partOf(value, 'street'), partOf(value, 'number')].map(text).filter(Boolean).join(' ');
  const box = text(partOf(value, 'box'));
  const line2 = [partOf(value, 'postalCode'), partOf(value, 'city')].map(text).filter(Boolean).join(' ');
  const country = text(partOf(value, 'country'));
  return [box ? `${line1} / ${box}` : line1, line2, country].filter(Boolean).join(', ');
}

/** An answer as the review page shows it, in the citizen's language. */
export function formatAnswer(
  field: LocalizedSimpleField,
  value: unknown,
  lang: Language,
  t: Translate,
): string {
  switch (field.type) {
    case 'number':
      return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : text(value);
    case 'date':
      return formatDay(text(value), lang);
    case 'date-range':
      return `${formatDay(text(partOf(value, 'start')), lang)} – ${formatDay(text(partOf(value, 'end')), lang)}`;
    case 'single-choice':
      return optionLabel(field, value);
    case 'multiple-choice':
      return Array.isArray(value) ? value.map((option) => optionLabel(field, option)).join(', ') : '';
    case 'yes-no':
      return value === true ? t('yes') : t('no');
    case 'address':
      return formatAddress(value);
    case 'phone':
      return formatPhone(text(value));
    case 'niss':
      return formatNiss(text(value).replace(/\D/g, ''));
    case 'iban':
      return formatIban(text(value));
    case 'structured-communication':
      return formatStructuredCommunication(text(value).replace(/\D/g, ''));
    case 'company-number':
      return formatCompanyNumber(text(value).replace(/\D/g, ''));
    case 'file':
      return Array.isArray(value)
        ? value
            .map(
              (file) => `${text(partOf(file, 'name'))} (${formatBytes(Number(partOf(file, 'size')), lang)})`,
            )
            .join(', ')
        : '';
    case 'consent':
      return partOf(value, 'accepted') === true ? t('consentGiven') : '';
    default:
      return text(value);
  }
}

const answered = (value: unknown): boolean =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/** The shown fields of one page with their answers, for the review page. */
export function reviewRows(
  definition: LocalizedDefinition,
  pageIndex: number,
  state: FormState,
  answers: Readonly<Record<string, unknown>>,
  lang: Language,
  t: Translate,
): ReviewRow[] {
  const rows: ReviewRow[] = [];
  for (const section of definition.pages[pageIndex]?.sections ?? []) {
    for (const field of section.fields) {
      const shown = state.fields[field.key];
      if (!shown?.visible) continue;
      const value = answers[field.key];
      if (field.type !== 'group') {
        rows.push({
          kind: 'answer',
          key: field.key,
          label: field.label,
          text: answered(value) ? formatAnswer(field, value, lang, t) : undefined,
        });
        continue;
      }
      const items = Array.isArray(value) ? value : [];
      rows.push({
        kind: 'group',
        key: field.key,
        label: field.label,
        items: items.map((item, index) => ({
          title: t('itemNumbered', { item: field.itemLabel ?? t('itemDefault'), number: String(index + 1) }),
          rows: field.fields
            .filter((child) => shown.items?.[index]?.[child.key]?.visible === true)
            .map((child) => {
              const childValue = partOf(item, child.key);
              return {
                kind: 'answer' as const,
                key: child.key,
                label: child.label,
                text: answered(childValue) ? formatAnswer(child, childValue, lang, t) : undefined,
              };
            }),
        })),
      });
    }
  }
  return rows;
}
