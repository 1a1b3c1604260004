import { parseCompanyNumber } from '@communa/forms/company-number';
import { parseNiss } from '@communa/forms/niss';
import { parseDayInput } from '../core/day-input.ts';

/**
 * Checks run in the browser before a form is sent, mirroring the server's rules where they are
 * cheap to carry (the NISS validator is the server's own). The server stays the authority: its
 * field errors come back with the same codes and are shown the same way.
 */
export interface FieldProblem {
  field: string;
  code: string;
}

export interface HouseholdValues {
  street: string;
  number: string;
  box: string;
  postalCode: string;
  city: string;
  country: string;
  phone: string;
}

export interface ChildValues {
  firstName: string;
  lastName: string;
  birthDate: string;
  niss: string;
}

export interface CoParentValues {
  childIds: readonly string[];
  email: string;
}

const REQUIRED = 'required';
/** A plausible address; the server's stricter check answers for the same field with its own code. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkHousehold(values: HouseholdValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of ['street', 'number', 'postalCode', 'city'] as const) {
    if (!values[field].trim()) problems.push({ field, code: REQUIRED });
  }
  const postalCode = values.postalCode.trim();
  if (postalCode && values.country === 'BE' && !/^[1-9]\d{3}$/.test(postalCode)) {
    problems.push({ field: 'postalCode', code: 'postal_code_format' });
  }
  return problems;
}

/** Checks a child as the server will; `today` is YYYY-MM-DD. */
export function checkChild(values: ChildValues, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!values.firstName.trim()) problems.push({ field: 'firstName', code: REQUIRED });
  if (!values.lastName.trim()) problems.push({ field: 'lastName', code: REQUIRED });
  const birthDate = parseDayInput(values.birthDate);
  if (!values.birthDate.trim()) problems.push({ field: 'birthDate', code: REQUIRED });
  else if (!birthDate) problems.push({ field: 'birthDate', code: 'invalid_format' });
  else if (birthDate > today) problems.push({ field: 'birthDate', code: 'birth_date_in_future' });
  else if (birthDate < yearsBefore(today, 25))
    problems.push({ field: 'birthDate', code: 'birth_date_too_old' });
  if (values.niss.trim()) {
    const niss = parseNiss(values.niss);
    if (!niss.ok) problems.push({ field: 'niss', code: niss.code });
    else if (birthDate && niss.birthDate !== null && niss.birthDate !== birthDate) {
      problems.push({ field: 'niss', code: 'niss_birth_date_mismatch' });
    }
  }
  return problems;
}

/** Checks an invitation to the other parent: at least one child, and an address. */
export function checkCoParentInvitation(values: CoParentValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (values.childIds.length === 0) problems.push({ field: 'childIds', code: REQUIRED });
  const email = values.email.trim();
  if (!email) problems.push({ field: 'email', code: REQUIRED });
  else if (!EMAIL_PATTERN.test(email)) problems.push({ field: 'email', code: 'invalid_format' });
  return problems;
}

export interface AssociationValues {
  name: string;
  companyNumber: string;
  street: string;
  number: string;
  box: string;
  postalCode: string;
  city: string;
  country: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

/** Checks an association's details as the server will, the company number with its own validator. */
export function checkAssociation(values: AssociationValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!values.name.trim()) problems.push({ field: 'name', code: REQUIRED });
  if (values.companyNumber.trim()) {
    const parsed = parseCompanyNumber(values.companyNumber);
    if (!parsed.ok) problems.push({ field: 'companyNumber', code: parsed.code });
  }
  problems.push(...checkHousehold({ ...values, phone: '' }));
  if (!values.contactName.trim()) problems.push({ field: 'contactName', code: REQUIRED });
  const email = values.contactEmail.trim();
  if (!email) problems.push({ field: 'contactEmail', code: REQUIRED });
  else if (!EMAIL_PATTERN.test(email)) problems.push({ field: 'contactEmail', code: 'invalid_format' });
  return problems;
}

/** A server path (`address.postalCode`, `contact.phone`) as the form's field name. */
export function associationField(path: string): string {
  const [group, name = ''] = path.split('.');
  if (group === 'address') return name;
  if (group === 'contact') return `contact${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  return group ?? path;
}

/** The calendar day in Brussels, as the server counts it. */
export function brusselsToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(now);
}

function yearsBefore(day: string, years: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC((year ?? 0) - years, (month ?? 1) - 1, date ?? 1)).toISOString().slice(0, 10);
}
