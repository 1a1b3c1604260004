import type { components } from '../api/schema.d.ts';
import type { FieldProblem } from './account-forms.ts';

export type HealthSheet = components['schemas']['HealthSheet'];
export type HealthSheetInput = components['schemas']['HealthSheetInput'];

export interface TreatmentDraft {
  medication: string;
  dose: string;
  when: string;
}

export interface CollectorDraft {
  name: string;
  phone: string;
  relation: string;
}

/**
 * A health sheet as its form shows it: text as typed, rows of the repeated groups, the photo
 * consent not chosen yet (''). Field names are the API's paths (`collectors.0.phone`), so the
 * server's field errors land on the same fields as ours.
 */
export interface HealthSheetDraft {
  allergies: string;
  dietaryNeeds: string;
  treatments: TreatmentDraft[];
  doctor: { name: string; phone: string };
  collectors: CollectorDraft[];
  photoConsent: 'yes' | 'no' | '';
  remarks: string;
}

/** The API's limits, carried as `maxlength` so nothing longer can be typed. */
export const HEALTH_MAX_LENGTH = {
  allergies: 2000,
  dietaryNeeds: 2000,
  remarks: 2000,
  medication: 200,
  dose: 100,
  when: 200,
  name: 200,
  phone: 40,
  relation: 100,
} as const;

export const emptyTreatment = (): TreatmentDraft => ({ medication: '', dose: '', when: '' });
export const emptyCollector = (): CollectorDraft => ({ name: '', phone: '', relation: '' });

/** The form's starting point: the saved sheet, or an empty one with one person to collect the child. */
export function draftFromSheet(sheet: HealthSheet | null): HealthSheetDraft {
  if (!sheet) {
    return {
      allergies: '',
      dietaryNeeds: '',
      treatments: [],
      doctor: { name: '', phone: '' },
      collectors: [emptyCollector()],
      photoConsent: '',
      remarks: '',
    };
  }
  return {
    allergies: sheet.allergies ?? '',
    dietaryNeeds: sheet.dietaryNeeds ?? '',
    treatments: (sheet.treatments ?? []).map((t) => ({ ...t })),
    doctor: { name: sheet.doctor?.name ?? '', phone: sheet.doctor?.phone ?? '' },
    collectors: sheet.collectors.length > 0 ? sheet.collectors.map((c) => ({ ...c })) : [emptyCollector()],
    photoConsent: sheet.photoConsent ? 'yes' : 'no',
    remarks: sheet.remarks ?? '',
  };
}

/** What the form holds now, its rows counted from the draft it was drawn from. */
export function readHealthDraft(
  get: (name: string) => string | undefined,
  rows: { treatments: number; collectors: number },
): HealthSheetDraft {
  const value = (name: string) => get(name) ?? '';
  const consent = value('photoConsent');
  return {
    allergies: value('allergies'),
    dietaryNeeds: value('dietaryNeeds'),
    treatments: Array.from({ length: rows.treatments }, (_, i) => ({
      medication: value(`treatments.${i}.medication`),
      dose: value(`treatments.${i}.dose`),
      when: value(`treatments.${i}.when`),
    })),
    doctor: { name: value('doctor.name'), phone: value('doctor.phone') },
    collectors: Array.from({ length: rows.collectors }, (_, i) => ({
      name: value(`collectors.${i}.name`),
      phone: value(`collectors.${i}.phone`),
      relation: value(`collectors.${i}.relation`),
    })),
    photoConsent: consent === 'yes' || consent === 'no' ? consent : '',
    remarks: value('remarks'),
  };
}

const blank = (row: object): boolean => Object.values(row).every((v) => typeof v !== 'string' || !v.trim());

/** Rows left entirely empty are dropped (one person to collect the child is always shown). */
export function compactDraft(draft: HealthSheetDraft): HealthSheetDraft {
  const collectors = draft.collectors.filter((c) => !blank(c));
  return {
    ...draft,
    treatments: draft.treatments.filter((t) => !blank(t)),
    collectors: collectors.length > 0 ? collectors : [emptyCollector()],
  };
}

/**
 * Checks a compacted draft as the server will where it is cheap: every part of a treatment and of
 * a person named, a doctor with both name and phone or neither, the photo consent chosen. Phone
 * numbers and lengths are the server's (and `maxlength`'s) to judge.
 */
export function checkHealthSheet(draft: HealthSheetDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const required = (field: string, value: string) => {
    if (!value.trim()) problems.push({ field, code: 'required' });
  };
  draft.treatments.forEach((t, i) => {
    required(`treatments.${i}.medication`, t.medication);
    required(`treatments.${i}.dose`, t.dose);
    required(`treatments.${i}.when`, t.when);
  });
  const { name, phone } = draft.doctor;
  if (name.trim() || phone.trim()) {
    required('doctor.name', name);
    required('doctor.phone', phone);
  }
  draft.collectors.forEach((c, i) => {
    required(`collectors.${i}.name`, c.name);
    required(`collectors.${i}.phone`, c.phone);
    required(`collectors.${i}.relation`, c.relation);
  });
  if (draft.photoConsent === '') problems.push({ field: 'photoConsent', code: 'required' });
  return problems;
}

/** The body of the PUT: trimmed text, no doctor when none is named. */
export function toHealthSheetInput(draft: HealthSheetDraft): HealthSheetInput {
  const doctor = { name: draft.doctor.name.trim(), phone: draft.doctor.phone.trim() };
  return {
    allergies: draft.allergies.trim(),
    dietaryNeeds: draft.dietaryNeeds.trim(),
    treatments: draft.treatments.map((t) => ({
      medication: t.medication.trim(),
      dose: t.dose.trim(),
      when: t.when.trim(),
    })),
    doctor: doctor.name || doctor.phone ? doctor : null,
    collectors: draft.collectors.map((c) => ({
      name: c.name.trim(),
      phone: c.phone.trim(),
      relation: c.relation.trim(),
    })),
    photoConsent: draft.photoConsent === 'yes',
    remarks: draft.remarks.trim(),
  };
}
